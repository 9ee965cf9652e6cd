import { randomUUID } from 'node:crypto'
import { storageKeyInvalid } from './file-storage'

/**
 * Keys are `<namespace>/<uuid>`: random, so nobody can guess another file's key, and free of anything a
 * user typed. Validation keeps keys portable between the local folder and S3 and makes traversal impossible:
 * segments start with a letter or digit (no `.`, `..` or hidden names), no empty segments, no backslashes.
 */
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]*'
const KEY_PATTERN = new RegExp(`^${SEGMENT}(/${SEGMENT})*$`)
const NAMESPACE_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/

/** Keeps `<encoded key>.meta.json` within the 255-byte file name limit of common file systems. */
export const MAX_STORAGE_KEY_LENGTH = 200

export function isValidStorageKey(key: unknown): key is string {
  return typeof key === 'string' && key.length <= MAX_STORAGE_KEY_LENGTH && KEY_PATTERN.test(key)
}

export function assertValidStorageKey(key: unknown): asserts key is string {
  if (!isValidStorageKey(key)) throw storageKeyInvalid(String(key))
}

/** A fresh random key, e.g. `evidence/3f0c…`. The namespace groups objects (evidence, voice, agreements). */
export function newStorageKey(namespace = 'files'): string {
  if (!NAMESPACE_PATTERN.test(namespace)) throw new Error(`Invalid storage namespace: ${namespace}`)
  return `${namespace}/${randomUUID()}`
}
