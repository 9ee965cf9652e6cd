import type { Readable } from 'node:stream'
import { AppError } from '../../lib/app-error'

export interface PutMeta {
  contentType: string
  /** When given, the stored byte count must match it exactly, or the put fails and nothing is kept. */
  size?: number
}

export interface PutResult {
  key: string
  size: number
  /** Lower-case hex SHA-256 of the stored bytes: recorded in the files table for integrity checks. */
  sha256: string
}

export interface StoredObject {
  stream: Readable
  contentType: string
  size: number
}

/**
 * One place for evidence photos, voice messages and generated PDFs. Keys come from `newStorageKey()`;
 * the files table maps a file id to its key, so keys never appear in URLs.
 */
export interface FileStorage {
  readonly driver: 'local' | 's3'
  /** Stores the body under `key`, replacing any previous object. Atomic: readers see the old or the new object. */
  put(key: string, body: Buffer | Readable, meta: PutMeta): Promise<PutResult>
  /** Throws STORAGE_FILE_NOT_FOUND (404) when there is no such object. */
  get(key: string): Promise<StoredObject>
  exists(key: string): Promise<boolean>
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>
  /** Throws STORAGE_UNAVAILABLE when the folder or bucket cannot be used (for /readyz and start-up). */
  check(): Promise<void>
  /** Releases connections (S3 keep-alive sockets); call on shutdown. */
  close(): Promise<void>
}

export const storageKeyInvalid = (key: string) =>
  new AppError(400, 'STORAGE_KEY_INVALID', '文件标识无效', [
    { field: 'key', message: `不是有效的文件标识：${key.slice(0, 80)}` },
  ])

export const storageFileNotFound = () => new AppError(404, 'STORAGE_FILE_NOT_FOUND', '文件不存在或已被删除')

export const storageSizeMismatch = (expected: number, actual: number) =>
  new AppError(400, 'STORAGE_SIZE_MISMATCH', '文件大小与声明的不一致，请重新上传', [
    { field: 'size', message: `声明 ${expected} 字节，实际收到 ${actual} 字节` },
  ])

export function storageUnavailable(cause: unknown): AppError {
  const error = new AppError(503, 'STORAGE_UNAVAILABLE', '文件存储暂时不可用，请稍后再试')
  ;(error as Error & { cause?: unknown }).cause = cause
  return error
}
