import fp from 'fastify-plugin'
import type { Config } from '../../config'
import type { Clock } from '../../lib/clock'
import { AuditLog } from '../../services/audit/audit-log'
import { SmsCodes } from '../../services/auth/sms-codes'
import { RefreshTokens } from '../../services/auth/refresh-tokens'
import { WechatApiAuth, wechatNotConfigured, type WechatAuth } from '../../services/auth/wechat'
import { IdCipher, loadIdKey } from '../../services/crypto/id-cipher'
import { LogSmsProvider, type SmsProvider } from '../../services/sms/sms-provider'
import { UsersRepo } from '../../services/users/users-repo'
import { OrganisationsRepo } from '../../services/organisations/organisations-repo'
import { CasesRepo } from '../../services/cases/cases-repo'
import { StaffService } from '../../services/users/staff-service'
import { createStorage } from '../../services/storage/create-storage'
import type { FileStorage } from '../../services/storage/file-storage'
import { noSubscribeMessages, type SubscribeMessageProvider } from '../../services/notifications/subscribe-messages'
import { WechatSubscribeMessages } from '../../services/notifications/wechat-subscribe-messages'

export interface AppServices {
  clock: Clock
  audit: AuditLog
  users: UsersRepo
  organisations: OrganisationsRepo
  cases: CasesRepo
  staff: StaffService
  sms: SmsProvider
  smsCodes: SmsCodes
  refreshTokens: RefreshTokens
  idCipher: IdCipher
  wechat: WechatAuth
  /** Evidence, voice and PDF files: local folder or S3 (see services/storage). */
  storage: FileStorage
  /** WeChat subscribe messages mirroring in-app notifications (none unless templates are configured). */
  subscribeMessages: SubscribeMessageProvider
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    services: AppServices
  }
}

export interface ServicesOptions {
  config: Config
  clock: Clock
  sms?: SmsProvider
  wechat?: WechatAuth
  subscribeMessages?: SubscribeMessageProvider
}

/** Builds the application services once, from configuration, and shares them with every route. */
export default fp<ServicesOptions>(
  async (app, { config, clock, sms, wechat, subscribeMessages }) => {
    const database = app.database
    const smsProvider = sms ?? new LogSmsProvider(app.log)
    const audit = new AuditLog(database, clock)
    const users = new UsersRepo(database)
    const storage = createStorage(config)
    app.addHook('onClose', () => storage.close())
    app.decorate('config', config)
    app.decorate('services', {
      clock,
      audit,
      users,
      staff: new StaffService(database, users, audit, clock),
      organisations: new OrganisationsRepo(database),
      cases: new CasesRepo(database),
      sms: smsProvider,
      smsCodes: new SmsCodes(database, smsProvider, clock, {
        ttlSeconds: config.SMS_CODE_TTL_SECONDS,
        resendSeconds: config.SMS_RESEND_SECONDS,
        maxAttempts: config.SMS_MAX_ATTEMPTS,
        lockMinutes: config.SMS_LOCK_MINUTES,
      }),
      refreshTokens: new RefreshTokens(database, clock, config.REFRESH_TOKEN_TTL_DAYS),
      idCipher: new IdCipher(loadIdKey(config.ID_ENCRYPTION_KEY, config.dataDir)),
      wechat:
        wechat ??
        (config.WX_APPID && config.WX_SECRET
          ? new WechatApiAuth(config.WX_APPID, config.WX_SECRET)
          : wechatNotConfigured),
      storage,
      subscribeMessages:
        subscribeMessages ??
        (config.WX_APPID && config.WX_SECRET && Object.keys(config.subscribeTemplates).length > 0
          ? new WechatSubscribeMessages(database, clock, app.log, {
              appId: config.WX_APPID,
              secret: config.WX_SECRET,
              templates: config.subscribeTemplates,
              baseUrl: config.WX_API_BASE_URL,
              miniprogramState: config.WX_MINIPROGRAM_STATE,
            })
          : noSubscribeMessages),
    })
  },
  { name: 'services', dependencies: ['db'] },
)
