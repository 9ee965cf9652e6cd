import { randomBytes, randomUUID } from 'node:crypto'

export const newId = (): string => randomUUID()

/** Opaque random token (URL-safe), for refresh tokens and share links. */
export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url')
