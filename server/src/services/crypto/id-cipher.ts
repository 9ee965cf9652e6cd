import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import { loadOrCreateLocalSecret } from './local-secret'

/**
 * AES-256-GCM for resident ID numbers at rest, plus a keyed hash (HMAC-SHA256) so the same ID can be
 * found or de-duplicated without decrypting. Stored form: v1.<iv>.<tag>.<ciphertext>, base64url parts.
 */
export class IdCipher {
  private readonly hmacKey: Buffer

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('ID encryption key must be 32 bytes')
    this.hmacKey = createHmac('sha256', key).update('id-number-lookup').digest()
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.')
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split('.')
    if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unrecognised ciphertext format')
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  }

  lookupHash(plain: string): string {
    return createHmac('sha256', this.hmacKey).update(plain).digest('hex')
  }
}

/** The key comes from ID_ENCRYPTION_KEY, or in development from a key file generated into DATA_DIR. */
export function loadIdKey(envKey: string | undefined, dataDir: string): Buffer {
  return envKey ? Buffer.from(envKey, 'base64') : loadOrCreateLocalSecret(dataDir, 'id-encryption.key')
}
