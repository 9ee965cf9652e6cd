import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import type { Database } from '../../db/database'
import { AppError, tooManyRequests } from '../../lib/app-error'
import { addSeconds, type Clock } from '../../lib/clock'
import type { SmsProvider } from '../sms/sms-provider'

export interface SmsCodePolicy {
  ttlSeconds: number
  resendSeconds: number
  maxAttempts: number
  lockMinutes: number
}

export type SmsCodePurpose = 'login_code' | 'sign_code'

const hashCode = (phone: string, purpose: SmsCodePurpose, code: string) =>
  createHash('sha256').update(`${phone}:${purpose}:${code}`).digest()

/**
 * One-time SMS codes: stored hashed, expire, single use, resend throttled, and the phone is locked for a
 * while after too many wrong codes (so six digits cannot be brute-forced). Each code has a purpose: a login
 * code cannot sign an agreement, and asking for a signing code leaves a pending login code alone.
 */
export class SmsCodes {
  constructor(
    private readonly database: Database,
    private readonly sms: SmsProvider,
    private readonly clock: Clock,
    private readonly policy: SmsCodePolicy,
  ) {}

  async send(phone: string, purpose: SmsCodePurpose = 'login_code'): Promise<{ retryAfterSeconds: number }> {
    const now = this.clock.now()
    const existing = await this.database.db
      .selectFrom('sms_codes')
      .selectAll()
      .where('phone', '=', phone)
      .where('purpose', '=', purpose)
      .executeTakeFirst()
    if (existing) {
      this.assertNotLocked(existing.locked_until, now)
      const wait = Math.ceil(
        (new Date(existing.sent_at).getTime() + this.policy.resendSeconds * 1000 - now.getTime()) / 1000,
      )
      if (wait > 0) throw tooManyRequests('SMS_TOO_FREQUENT', `验证码已发送，请${wait}秒后再试`)
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    const row = {
      phone,
      purpose,
      code_hash: hashCode(phone, purpose, code).toString('hex'),
      expires_at: addSeconds(now, this.policy.ttlSeconds).toISOString(),
      sent_at: now.toISOString(),
      failed_attempts: existing?.failed_attempts ?? 0,
      locked_until: null,
    }
    await this.database.db
      .insertInto('sms_codes')
      .values(row)
      .onConflict((oc) => oc.columns(['phone', 'purpose']).doUpdateSet(row))
      .execute()
    await this.sms.send({ phone, template: purpose, params: { code }, sentAt: now })
    return { retryAfterSeconds: this.policy.resendSeconds }
  }

  /** Consumes the code if it matches; throws a specific error otherwise. */
  async verify(phone: string, code: string, purpose: SmsCodePurpose = 'login_code'): Promise<void> {
    const now = this.clock.now()
    const row = await this.database.db
      .selectFrom('sms_codes')
      .selectAll()
      .where('phone', '=', phone)
      .where('purpose', '=', purpose)
      .executeTakeFirst()
    if (!row) throw new AppError(400, 'AUTH_CODE_INVALID', '验证码不正确，请重新获取')
    this.assertNotLocked(row.locked_until, now)
    if (new Date(row.expires_at) <= now || row.code_hash === '') {
      throw new AppError(400, 'AUTH_CODE_EXPIRED', '验证码已失效，请重新获取')
    }
    const matches = timingSafeEqual(Buffer.from(row.code_hash, 'hex'), hashCode(phone, purpose, code))
    if (!matches) {
      const attempts = row.failed_attempts + 1
      const locked = attempts >= this.policy.maxAttempts
      await this.database.db
        .updateTable('sms_codes')
        .set({
          failed_attempts: locked ? 0 : attempts,
          locked_until: locked ? addSeconds(now, this.policy.lockMinutes * 60).toISOString() : null,
          code_hash: locked ? '' : row.code_hash,
        })
        .where('phone', '=', phone)
        .where('purpose', '=', purpose)
        .execute()
      if (locked) throw this.lockedError(this.policy.lockMinutes * 60)
      const left = this.policy.maxAttempts - attempts
      throw new AppError(400, 'AUTH_CODE_INVALID', `验证码不正确，还可以再试${left}次`)
    }
    // Single use: the hash is cleared, so the same code cannot log in twice.
    await this.database.db
      .updateTable('sms_codes')
      .set({ code_hash: '', failed_attempts: 0 })
      .where('phone', '=', phone)
      .where('purpose', '=', purpose)
      .execute()
  }

  private assertNotLocked(lockedUntil: string | null, now: Date) {
    if (lockedUntil && new Date(lockedUntil) > now) {
      throw this.lockedError((new Date(lockedUntil).getTime() - now.getTime()) / 1000)
    }
  }

  private lockedError(seconds: number) {
    const minutes = Math.max(1, Math.ceil(seconds / 60))
    return new AppError(429, 'AUTH_PHONE_LOCKED', `验证码错误次数过多，请${minutes}分钟后再试`)
  }
}
