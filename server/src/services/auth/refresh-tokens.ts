import { createHash } from 'node:crypto'
import type { Database } from '../../db/database'
import { AppError } from '../../lib/app-error'
import { addSeconds, type Clock } from '../../lib/clock'
import { newId, newToken } from '../../lib/ids'

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

const invalid = () => new AppError(401, 'AUTH_REFRESH_INVALID', '登录已过期，请重新登录')

/**
 * Rotating refresh tokens, stored only as hashes. Each use issues a new token in the same family;
 * presenting an already-used token means it was stolen or replayed, so the whole family is revoked.
 */
export class RefreshTokens {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly ttlDays: number,
  ) {}

  async issue(userId: string, familyId: string = newId()): Promise<string> {
    const token = newToken()
    const now = this.clock.now()
    await this.database.db
      .insertInto('refresh_tokens')
      .values({
        id: newId(),
        user_id: userId,
        family_id: familyId,
        token_hash: hashToken(token),
        expires_at: addSeconds(now, this.ttlDays * 86400).toISOString(),
        created_at: now.toISOString(),
        used_at: null,
        revoked_at: null,
      })
      .execute()
    return token
  }

  /** Consumes a refresh token and returns its user and a fresh token of the same family. */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    const now = this.clock.now()
    const row = await this.database.db
      .selectFrom('refresh_tokens')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst()
    if (!row || row.revoked_at || new Date(row.expires_at) <= now) throw invalid()
    if (row.used_at) {
      await this.revokeFamily(row.family_id)
      throw invalid()
    }
    // Mark used only if nobody else did in between (two tabs refreshing at once).
    const result = await this.database.db
      .updateTable('refresh_tokens')
      .set({ used_at: now.toISOString() })
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) {
      await this.revokeFamily(row.family_id)
      throw invalid()
    }
    return { userId: row.user_id, refreshToken: await this.issue(row.user_id, row.family_id) }
  }

  /** Logout: revokes the family of the given token. Unknown tokens are ignored (logout always succeeds). */
  async revoke(token: string): Promise<string | null> {
    const row = await this.database.db
      .selectFrom('refresh_tokens')
      .select(['family_id', 'user_id'])
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst()
    if (!row) return null
    await this.revokeFamily(row.family_id)
    return row.user_id
  }

  async revokeAllForUser(userId: string): Promise<void> {
    await this.database.db
      .updateTable('refresh_tokens')
      .set({ revoked_at: this.clock.now().toISOString() })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute()
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.database.db
      .updateTable('refresh_tokens')
      .set({ revoked_at: this.clock.now().toISOString() })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute()
  }
}
