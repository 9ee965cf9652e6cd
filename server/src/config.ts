import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import path from 'node:path'
import { NOTIFICATION_KINDS } from '@contract/referrals'
import type { SubscribeTemplates } from './services/notifications/wechat-subscribe-messages'

/**
 * Every setting comes from the environment, is validated once at start and documented in the README.
 * Anything invalid stops the process with a message naming the variable.
 */
const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
  }),
  HOST: Type.String({ default: '0.0.0.0' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  DATA_DIR: Type.String({ default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATABASE_SCHEMA: Type.Optional(Type.String({ pattern: '^[a-z_][a-z0-9_]*$' })),
  SQLITE_FILE: Type.Optional(Type.String()),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  REDIS_KEY_PREFIX: Type.String({ default: 'tiaojie:', description: 'Prefix of Redis channels and keys' }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ minimum: 60, default: 900 }),
  REFRESH_TOKEN_TTL_DAYS: Type.Integer({ minimum: 1, default: 30 }),
  ID_ENCRYPTION_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description: 'base64 of 32 bytes' })),
  SIGNING_PRIVATE_KEY: Type.Optional(
    Type.String({ pattern: 'BEGIN PRIVATE KEY', description: 'Ed25519 private key (PKCS#8 PEM) sealing signatures' }),
  ),
  INVITATION_TTL_DAYS: Type.Integer({ minimum: 1, maximum: 90, default: 7 }),
  INVITATION_LINK_BASE: Type.String({ minLength: 1, default: '/packages/invitation/pages/claim/index?token=' }),
  LABOUR_MEDIATION_DEADLINE_DAYS: Type.Integer({ minimum: 1, maximum: 365, default: 15 }),
  LABOUR_DEADLINE_FROM: Type.Union([Type.Literal('received'), Type.Literal('accepted')], { default: 'received' }),
  MEDIATION_GENERAL_DEADLINE_DAYS: Type.Integer({ minimum: 1, maximum: 365, default: 30 }),
  JUDICIAL_DECISION_DAYS: Type.Integer({
    minimum: 1,
    maximum: 30,
    default: 15,
    description: 'Court decision deadline from filing; 15 (2011 Rules art 5) or 30 (CPL 187) is UNVERIFIED',
  }),
  JOBS_ENABLED: Type.Optional(
    Type.Boolean({ description: 'Background jobs (reminders); default on, except NODE_ENV=test where tests run them' }),
  ),
  JOBS_INTERVAL_SECONDS: Type.Integer({ minimum: 5, maximum: 3600, default: 60 }),
  SESSION_REMINDER_HOURS: Type.String({
    pattern: '^[1-9]\\d{0,2}(,[1-9]\\d{0,2})*$',
    default: '24,1',
    description: 'Hours before a confirmed session at which participants are reminded, comma-separated',
  }),
  INSTALMENT_REMINDER_DAYS_AHEAD: Type.Integer({ minimum: 0, maximum: 30, default: 3 }),
  DEADLINE_REMINDER_DAYS: Type.Integer({
    minimum: 1,
    maximum: 30,
    default: 3,
    description: 'Days before a mediation or court decision deadline at which the people concerned are told',
  }),
  SMS_PROVIDER: Type.Union([Type.Literal('log')], { default: 'log' }),
  SMS_CODE_TTL_SECONDS: Type.Integer({ minimum: 30, default: 300 }),
  SMS_RESEND_SECONDS: Type.Integer({ minimum: 0, default: 60 }),
  SMS_MAX_ATTEMPTS: Type.Integer({ minimum: 1, default: 5 }),
  SMS_LOCK_MINUTES: Type.Integer({ minimum: 1, default: 15 }),
  AUTH_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 20 }),
  WX_APPID: Type.Optional(Type.String()),
  WX_SECRET: Type.Optional(Type.String()),
  WX_API_BASE_URL: Type.String({ default: 'https://api.weixin.qq.com', pattern: '^https?://' }),
  WX_SUBSCRIBE_TEMPLATES: Type.Optional(
    Type.String({ description: 'JSON: notification kind → { templateId, data: { keyword: title|body|time } }' }),
  ),
  WX_MINIPROGRAM_STATE: Type.Union([Type.Literal('developer'), Type.Literal('trial'), Type.Literal('formal')], {
    default: 'formal',
  }),
  CORS_ORIGINS: Type.String({ default: 'http://localhost:10086,http://127.0.0.1:10086' }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1048576 }),
  H5_DIR: Type.String({ default: './dist/h5' }),
  SEED_DEMO: Type.Boolean({ default: true, description: 'Seed demo data into an empty database at start' }),
  S3_ENDPOINT: Type.Optional(Type.String()),
  S3_BUCKET: Type.Optional(Type.String()),
  S3_ACCESS_KEY_ID: Type.Optional(Type.String()),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String()),
  S3_REGION: Type.String({ default: 'us-east-1' }),
  S3_FORCE_PATH_STYLE: Type.Boolean({ default: true }),
  LLM_BASE_URL: Type.Optional(Type.String()),
  LLM_API_KEY: Type.Optional(Type.String()),
  LLM_MODEL: Type.Optional(Type.String()),
})

export type Config = Static<typeof ConfigSchema> & { dataDir: string; subscribeTemplates: SubscribeTemplates }

export class ConfigError extends Error {}

/** Parse and validate configuration from an env-like object (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {}
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key]
    if (value !== undefined && value !== '') raw[key] = value
  }
  // TypeBox would round "1.5" into an integer field; refuse anything but whole numbers instead.
  const notWhole = Object.entries(ConfigSchema.properties)
    .filter(([key, schema]) => schema.type === 'integer' && raw[key] !== undefined && !/^-?\d+$/.test(String(raw[key])))
    .map(([key]) => `  ${key}: must be a whole number`)
  const withDefaults = Value.Default(ConfigSchema, Value.Convert(ConfigSchema, raw))
  const errors = [...Value.Errors(ConfigSchema, withDefaults)]
  if (errors.length > 0 || notWhole.length > 0) {
    const lines = [...notWhole, ...errors.map((e) => `  ${e.path.slice(1) || '(root)'}: ${e.message}`)]
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const config = withDefaults as Static<typeof ConfigSchema>
  if ((config.WX_APPID && !config.WX_SECRET) || (!config.WX_APPID && config.WX_SECRET)) {
    throw new ConfigError('Invalid configuration:\n  WX_APPID and WX_SECRET must be set together')
  }
  const s3Keys = [config.S3_ENDPOINT, config.S3_BUCKET, config.S3_ACCESS_KEY_ID, config.S3_SECRET_ACCESS_KEY]
  if (s3Keys.some(Boolean) && !s3Keys.every(Boolean)) {
    throw new ConfigError(
      'Invalid configuration:\n  S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together',
    )
  }
  const subscribeTemplates = parseSubscribeTemplates(config.WX_SUBSCRIBE_TEMPLATES)
  if (Object.keys(subscribeTemplates).length > 0 && !config.WX_APPID) {
    throw new ConfigError('Invalid configuration:\n  WX_SUBSCRIBE_TEMPLATES needs WX_APPID and WX_SECRET')
  }
  return { ...config, dataDir: path.resolve(config.DATA_DIR), subscribeTemplates }
}

const TEMPLATE_SOURCES = new Set(['title', 'body', 'time'])
const TEMPLATE_KEYWORD = /^[a-z_]+\d+$/

/** WX_SUBSCRIBE_TEMPLATES, checked entry by entry so a typo names itself instead of failing at send time. */
function parseSubscribeTemplates(raw: string | undefined): SubscribeTemplates {
  if (!raw) return {}
  const fail = (why: string): never => {
    throw new ConfigError(`Invalid configuration:\n  WX_SUBSCRIBE_TEMPLATES: ${why}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return fail('must be JSON')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return fail('must be a JSON object')
  for (const [kind, template] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) fail(`unknown notification kind "${kind}"`)
    const t = template as { templateId?: unknown; data?: unknown }
    if (typeof t?.templateId !== 'string' || !t.templateId) fail(`${kind}.templateId must be a non-empty string`)
    if (!t.data || typeof t.data !== 'object') fail(`${kind}.data must map template keywords to title, body or time`)
    for (const [keyword, source] of Object.entries(t.data as Record<string, unknown>)) {
      if (!TEMPLATE_KEYWORD.test(keyword)) fail(`${kind}.data: "${keyword}" is not a template keyword like thing1`)
      if (typeof source !== 'string' || !TEMPLATE_SOURCES.has(source)) {
        fail(`${kind}.data.${keyword} must be title, body or time`)
      }
    }
  }
  return parsed as SubscribeTemplates
}
