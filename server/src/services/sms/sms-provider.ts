import type { FastifyBaseLogger } from 'fastify'
import { maskPhone } from '../../lib/mask'

export interface SmsMessage {
  phone: string
  template: 'login_code' | 'sign_code' | 'invitation' | 'notice'
  params: Record<string, string>
  sentAt: Date
}

/** Anything that can deliver a text message (a real gateway plugs in here; nothing else changes). */
export interface SmsProvider {
  send(message: SmsMessage): Promise<void>
}

/**
 * Development provider: writes the message to the server log (that is how a developer reads a login code)
 * and keeps the recent messages in an in-process outbox that tests read. Codes never reach an API response.
 */
export class LogSmsProvider implements SmsProvider {
  private readonly outbox: SmsMessage[] = []

  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly keep = 200,
  ) {}

  async send(message: SmsMessage): Promise<void> {
    this.outbox.push(message)
    if (this.outbox.length > this.keep) this.outbox.shift()
    const params = Object.entries(message.params)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')
    this.log.info(
      { sms: { to: maskPhone(message.phone), template: message.template } },
      `[dev SMS] to ${maskPhone(message.phone)} ${params}`,
    )
  }

  /** The newest message sent to a phone, optionally of one template. */
  last(phone: string, template?: SmsMessage['template']): SmsMessage | undefined {
    for (let i = this.outbox.length - 1; i >= 0; i--) {
      const m = this.outbox[i]
      if (m.phone === phone && (!template || m.template === template)) return m
    }
    return undefined
  }
}
