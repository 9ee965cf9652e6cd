import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../../db/database'
import type { Clock } from '../../lib/clock'
import type { SubscribeMessage, SubscribeMessageProvider } from './subscribe-messages'

/** Where a template field takes its value from. */
export type TemplateFieldSource = 'title' | 'body' | 'time'

/** One subscribe-message template chosen in the WeChat admin console, per notification kind. */
export interface SubscribeTemplate {
  templateId: string
  /** Template keyword (thing1, time2, phrase3…) → which part of the notice fills it. */
  data: Record<string, TemplateFieldSource>
}

export type SubscribeTemplates = Record<string, SubscribeTemplate>

export interface WechatSubscribeOptions {
  appId: string
  secret: string
  templates: SubscribeTemplates
  baseUrl?: string
  /** developer | trial | formal: which build of the mini-program the card opens. */
  miniprogramState?: 'developer' | 'trial' | 'formal'
}

/** WeChat's limits per keyword type (订阅消息参数值内容限制); longer values are refused with 47003. */
const MAX_CHARS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, letter: 32 }
/** Access-token errors after which one fresh token is worth a retry. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001])
/** The user has not subscribed (or cancelled): normal, nothing to report. */
const NOT_SUBSCRIBED = 43101
const REQUEST_TIMEOUT_MS = 5000
const TOKEN_MARGIN_MS = 5 * 60 * 1000

function keywordType(keyword: string): string {
  return keyword.replace(/\d+$/, '')
}

function chinaTime(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3600 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`
}

/** Fits a value to its keyword's limit, marking a cut with an ellipsis so readers know to open the app. */
export function fitValue(keyword: string, value: string): string {
  const max = MAX_CHARS[keywordType(keyword)]
  const chars = [...value.replace(/\s+/g, ' ').trim()]
  if (!max || chars.length <= max) return chars.join('')
  return `${chars.slice(0, max - 1).join('')}…`
}

export function templateData(
  template: SubscribeTemplate,
  message: SubscribeMessage,
  now: Date,
): Record<string, { value: string }> {
  const sources: Record<TemplateFieldSource, string> = {
    title: message.title,
    body: message.body,
    time: chinaTime(now),
  }
  return Object.fromEntries(
    Object.entries(template.data).map(([keyword, source]) => [keyword, { value: fitValue(keyword, sources[source]) }]),
  )
}

/** The page the card opens: the case when there is one, else the home tab. */
export function cardPage(message: SubscribeMessage): string {
  return message.caseId
    ? `packages/case/pages/detail/index?id=${encodeURIComponent(message.caseId)}`
    : 'pages/home/index'
}

/**
 * Sends WeChat subscribe messages (subscribeMessage.send) to users who logged in with WeChat, for the kinds a
 * template is configured for. Uses the stable access token (safe with several API instances) and retries once
 * after a token error. Users without an openid, kinds without a template and users who have not subscribed are
 * skipped quietly: the in-app notification is always there.
 */
export class WechatSubscribeMessages implements SubscribeMessageProvider {
  private token: { value: string; expiresAt: number } | null = null
  private readonly baseUrl: string

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly options: WechatSubscribeOptions,
  ) {
    this.baseUrl = options.baseUrl ?? 'https://api.weixin.qq.com'
  }

  async send(message: SubscribeMessage): Promise<void> {
    const template = this.options.templates[message.kind]
    if (!template) return
    const user = await this.database.db
      .selectFrom('users')
      .select('wx_openid')
      .where('id', '=', message.userId)
      .executeTakeFirst()
    if (!user?.wx_openid) return
    const body = {
      touser: user.wx_openid,
      template_id: template.templateId,
      page: cardPage(message),
      miniprogram_state: this.options.miniprogramState ?? 'formal',
      lang: 'zh_CN',
      data: templateData(template, message, this.clock.now()),
    }
    let result = await this.post(body, false)
    if (TOKEN_ERRORS.has(result.errcode ?? 0)) result = await this.post(body, true)
    const code = result.errcode ?? 0
    if (code === 0 || code === NOT_SUBSCRIBED) return
    throw new Error(`subscribeMessage.send failed: ${code} ${result.errmsg ?? ''}`.trim())
  }

  private async post(body: object, freshToken: boolean): Promise<{ errcode?: number; errmsg?: string }> {
    const url = new URL('/cgi-bin/message/subscribe/send', this.baseUrl)
    url.searchParams.set('access_token', await this.accessToken(freshToken))
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    return (await response.json()) as { errcode?: number; errmsg?: string }
  }

  private async accessToken(forceRefresh: boolean): Promise<string> {
    const now = this.clock.now().getTime()
    if (!forceRefresh && this.token && this.token.expiresAt > now) return this.token.value
    const response = await fetch(new URL('/cgi-bin/stable_token', this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credential',
        appid: this.options.appId,
        secret: this.options.secret,
        force_refresh: forceRefresh,
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const json = (await response.json()) as { access_token?: string; expires_in?: number; errcode?: number }
    if (!json.access_token) throw new Error(`stable_token failed: ${json.errcode ?? response.status}`)
    this.token = { value: json.access_token, expiresAt: now + (json.expires_in ?? 7200) * 1000 - TOKEN_MARGIN_MS }
    this.log.debug('WeChat access token refreshed')
    return this.token.value
  }
}
