import { createHash } from 'node:crypto'

export const sha256Hex = (data: Buffer | Uint8Array | string): string => createHash('sha256').update(data).digest('hex')

export const isSha256Hex = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
