import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { insertCase } from '../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'

// s3rver ships no types; an S3 protocol server on loopback stands in for COS / OSS / MinIO.
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<AddressInfo>
  close(): Promise<void>
}

const BUCKET = 'tiaojie-files'

describe('case files on S3-compatible storage', () => {
  let workDir: string
  let server: InstanceType<typeof S3rver>
  let t: TestApp
  let caseId: string

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'tiaojie-files-s3-'))
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: workDir,
      configureBuckets: [{ name: BUCKET }],
    })
    const { port } = await server.run()
    t = await buildTestApp({
      env: {
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: BUCKET,
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      },
    })
    caseId = await insertCase(t.database, { applicantPhone: DEMO.resident, staffPhones: [DEMO.mediator] })
  })
  afterAll(async () => {
    await t?.close()
    await server?.close()
    await rm(workDir, { recursive: true, force: true })
  })

  it('uploads to the bucket and serves the file back to the case mediator', async () => {
    expect(t.app.services.storage.driver).toBe('s3')
    const voice = readFileSync(path.join(__dirname, '../domain/files/fixtures/tone.aac'))
    const boundary = '----tiaojieS3'
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="语音.aac"\r\n`),
      Buffer.from('Content-Type: audio/aac\r\n\r\n'),
      voice,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/files?kind=audio`,
      headers: { ...(await t.authHeader(DEMO.resident)), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'audio', contentType: 'audio/aac', size: voice.length })

    const got = await t.app.inject({
      method: 'GET',
      url: res.json().url,
      headers: await t.authHeader(DEMO.mediator),
    })
    expect(got.statusCode).toBe(200)
    expect(got.headers['content-type']).toBe('audio/aac')
    expect(createHash('sha256').update(got.rawPayload).digest('hex')).toBe(res.json().sha256)
    // Nothing went to the local folder: another API instance reading the same bucket sees the file.
    expect(existsSync(path.join(t.config.dataDir, 'files'))).toBe(false)
  })
})
