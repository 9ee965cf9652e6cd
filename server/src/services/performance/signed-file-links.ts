import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Config } from '../../config'
import type { Clock } from '../../lib/clock'
import { loadOrCreateLocalSecret } from '../crypto/local-secret'

/** Long enough to open the page and preview the photo; short enough that a copied link soon stops working. */
export const FILE_LINK_TTL_SECONDS = 15 * 60
/** Expiry is rounded up to this step so repeated page loads get the same URL and the image cache works. */
const EXPIRY_STEP_SECONDS = 5 * 60

export type FileLinkCheck = { ok: true } | { ok: false; reason: 'invalid' | 'expired' }

/**
 * The key for signed links, derived from the JWT secret (set in production, generated into DATA_DIR in
 * development, exactly as the auth plugin does) so no new required setting is needed. The label keeps a
 * link signature from ever being usable as anything else.
 */
export function fileLinkKey(config: Pick<Config, 'JWT_SECRET' | 'dataDir'>): Buffer {
  const jwtSecret = config.JWT_SECRET ?? loadOrCreateLocalSecret(config.dataDir, 'jwt-secret.key').toString('base64')
  return createHmac('sha256', jwtSecret).update('tiaojie:signed-file-links:v1').digest()
}

/**
 * Short-lived links to one stored file that need no bearer token (a mini-program <Image> cannot send one).
 * The signature is an HMAC over the file id and the expiry, so neither can be changed without the key.
 * Whoever signs decides who may see the file; the link route only checks the signature and the expiry.
 */
export class SignedFileLinks {
  constructor(
    private readonly key: Buffer,
    private readonly clock: Clock,
    private readonly ttlSeconds = FILE_LINK_TTL_SECONDS,
  ) {}

  /** A path under the API (`/api/v1/files/:id/signed?...`), like FileInfo.url. */
  url(fileId: string): string {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000)
    const expires = Math.ceil((nowSeconds + this.ttlSeconds) / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS
    const query = new URLSearchParams({ expires: String(expires), signature: this.signature(fileId, expires) })
    return `/api/v1/files/${encodeURIComponent(fileId)}/signed?${query.toString()}`
  }

  check(fileId: string, expires: number, signature: string): FileLinkCheck {
    const expected = Buffer.from(this.signature(fileId, expires))
    const given = Buffer.from(signature)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' }
    if (this.clock.now().getTime() >= expires * 1000) return { ok: false, reason: 'expired' }
    return { ok: true }
  }

  /** Seconds the link stays valid from now (for cache headers). */
  secondsLeft(expires: number): number {
    return Math.max(0, expires - Math.floor(this.clock.now().getTime() / 1000))
  }

  private signature(fileId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${fileId}\n${expires}`).digest('base64url')
  }
}
