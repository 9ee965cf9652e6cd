import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3'
import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  storageFileNotFound,
  storageSizeMismatch,
  storageUnavailable,
  type FileStorage,
  type PutMeta,
  type PutResult,
  type StoredObject,
} from './file-storage'
import { HashingPassThrough, sha256Hex } from './hash-stream'
import { assertValidStorageKey } from './storage-keys'

export interface S3StorageOptions {
  /** e.g. https://cos.ap-chongqing.myqcloud.com, https://oss-cn-chengdu.aliyuncs.com, http://127.0.0.1:9000 */
  endpoint?: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  region: string
  /** MinIO needs path-style URLs; COS and OSS accept both. */
  forcePathStyle: boolean
  /** Where streamed uploads are spooled to learn their length and hash before the PUT. */
  spoolDir?: string
}

const SHA256_METADATA = 'sha256'

function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata?.httpStatusCode === 404
  }
  return false
}

/** Errors the bucket reported (permissions, bad request) stay as they are; failing to reach it is "unavailable". */
function wrapTransportError(error: unknown): unknown {
  return error instanceof S3ServiceException ? error : storageUnavailable(error)
}

/**
 * Objects in an S3-compatible bucket (Tencent COS, Aliyun OSS, MinIO, AWS), so several API instances share files.
 * A streamed body is spooled to a temporary file first: a plain PUT needs the length up front, and the sha256 is
 * stored as object metadata before the object becomes visible.
 */
export class S3FileStorage implements FileStorage {
  readonly driver = 's3'
  private readonly client: S3Client
  private readonly bucket: string
  private readonly spoolDir: string

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket
    this.spoolDir = options.spoolDir ?? os.tmpdir()
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // The SDK's default CRC32 trailers (aws-chunked) are not understood by every S3-compatible service.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    })
  }

  async put(key: string, body: Buffer | Readable, meta: PutMeta): Promise<PutResult> {
    assertValidStorageKey(key)
    if (Buffer.isBuffer(body)) {
      if (meta.size !== undefined && meta.size !== body.length) throw storageSizeMismatch(meta.size, body.length)
      const sha256 = sha256Hex(body)
      await this.putObject(key, body, body.length, meta.contentType, sha256)
      return { key, size: body.length, sha256 }
    }

    const spoolFolder = await mkdtemp(path.join(this.spoolDir, 'tiaojie-s3-'))
    const spoolFile = path.join(spoolFolder, randomUUID())
    try {
      const hasher = new HashingPassThrough()
      await pipeline(body, hasher, createWriteStream(spoolFile, { flags: 'wx', mode: 0o600 }))
      if (meta.size !== undefined && meta.size !== hasher.size) throw storageSizeMismatch(meta.size, hasher.size)
      await this.putObject(key, createReadStream(spoolFile), hasher.size, meta.contentType, hasher.sha256)
      return { key, size: hasher.size, sha256: hasher.sha256 }
    } finally {
      await rm(spoolFolder, { recursive: true, force: true })
    }
  }

  async get(key: string): Promise<StoredObject> {
    assertValidStorageKey(key)
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }))
      if (!(result.Body instanceof Readable)) throw new Error('S3 GetObject returned no Node.js stream body')
      return {
        stream: result.Body,
        contentType: result.ContentType ?? 'application/octet-stream',
        size: result.ContentLength ?? 0,
      }
    } catch (error) {
      if (isNotFound(error)) throw storageFileNotFound()
      throw wrapTransportError(error)
    }
  }

  async exists(key: string): Promise<boolean> {
    assertValidStorageKey(key)
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))
      return true
    } catch (error) {
      if (isNotFound(error)) return false
      throw wrapTransportError(error)
    }
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key)
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }))
    } catch (error) {
      if (isNotFound(error)) return
      throw wrapTransportError(error)
    }
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }))
    } catch (error) {
      throw storageUnavailable(error)
    }
  }

  /** Stops the client's keep-alive sockets (tests, graceful shutdown). */
  async close(): Promise<void> {
    this.client.destroy()
  }

  private async putObject(
    key: string,
    body: Buffer | Readable,
    size: number,
    contentType: string,
    sha256: string,
  ): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentLength: size,
          ContentType: contentType,
          Metadata: { [SHA256_METADATA]: sha256 },
        }),
      )
    } catch (error) {
      throw wrapTransportError(error)
    }
  }
}
