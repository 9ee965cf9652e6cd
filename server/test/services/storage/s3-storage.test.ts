import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { S3FileStorage, type S3StorageOptions } from '../../../src/services/storage/s3-storage'
import { newStorageKey } from '../../../src/services/storage/storage-keys'
import { describeStorageContract } from './storage-contract'
// s3rver ships no types. It speaks the S3 REST protocol (XML errors, access-key checks; it does not verify
// SigV4 signatures) on loopback.
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<AddressInfo>
  close(): Promise<void>
}

const BUCKET = 'tiaojie-test'
let workDir: string
let server: InstanceType<typeof S3rver>
let options: S3StorageOptions
let storage: S3FileStorage

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'tiaojie-s3-storage-'))
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(workDir, 's3rver'),
    configureBuckets: [{ name: BUCKET }],
  })
  const address = await server.run()
  options = {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket: BUCKET,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    region: 'us-east-1',
    forcePathStyle: true,
    spoolDir: workDir,
  }
  storage = new S3FileStorage(options)
})

afterAll(async () => {
  await storage?.close()
  await server?.close()
  await rm(workDir, { recursive: true, force: true })
})

describeStorageContract('S3 (s3rver on loopback)', () => ({ storage }))

describe('S3 driver specifics', () => {
  it('records the sha256 as object metadata', async () => {
    const key = newStorageKey('agreements')
    const put = await storage.put(key, Buffer.from('%PDF-1.7 agreement'), { contentType: 'application/pdf' })
    const client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: true,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    })
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
      expect(head.Metadata?.sha256).toBe(put.sha256)
      expect(head.ContentLength).toBe(18)
    } finally {
      client.destroy()
    }
  })

  it('fails its readiness check for a bucket that does not exist', async () => {
    const other = new S3FileStorage({ ...options, bucket: 'no-such-bucket' })
    try {
      await expect(other.check()).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE', statusCode: 503 })
    } finally {
      await other.close()
    }
  })

  it('surfaces the bucket refusing an unknown access key', async () => {
    const impostor = new S3FileStorage({ ...options, accessKeyId: 'UNKNOWN' })
    try {
      await expect(impostor.put(newStorageKey(), Buffer.from('x'), { contentType: 'image/png' })).rejects.toMatchObject(
        {
          name: 'InvalidAccessKeyId',
        },
      )
    } finally {
      await impostor.close()
    }
  })

  it('reports STORAGE_UNAVAILABLE when the endpoint cannot be reached', async () => {
    const unreachable = new S3FileStorage({ ...options, endpoint: 'http://127.0.0.1:1' })
    try {
      await expect(unreachable.get(newStorageKey())).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
    } finally {
      await unreachable.close()
    }
  })
})
