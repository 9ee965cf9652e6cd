import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance, RouteOptions } from 'fastify'
import type { TokenPair } from '@contract/auth'
import { buildApp } from '../../src/app'
import { loadConfig, type Config } from '../../src/config'
import { Database } from '../../src/db/database'
import { seedFirstStart } from '../../src/bootstrap'
import type { Clock } from '../../src/lib/clock'
import { LogSmsProvider } from '../../src/services/sms/sms-provider'
import type { WechatAuth } from '../../src/services/auth/wechat'

/** A clock tests can move forward (code expiry, lockouts, deadlines). */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-26T09:00:00+08:00')) {}
  now() {
    return new Date(this.current)
  }
  advance(seconds: number) {
    this.current = new Date(this.current.getTime() + seconds * 1000)
  }
}

export interface TestApp {
  app: FastifyInstance
  database: Database
  config: Config
  sms: LogSmsProvider
  clock: TestClock
  /** Logs in by SMS exactly as a user would (send, read the code from the outbox, submit). */
  login(phone: string): Promise<TokenPair>
  /** Authorization header for a phone, logging in on first use. */
  authHeader(phone: string): Promise<{ authorization: string }>
  close(): Promise<void>
}

export interface TestAppOptions {
  seed?: boolean
  env?: Record<string, string>
  wechat?: WechatAuth
  /** Sees every route as it is registered (see src/app.ts). */
  onRoute?: (route: RouteOptions) => void
}

/**
 * A real app on a fresh real database for one test suite: a SQLite file in a temp folder, or, when
 * TEST_DATABASE_URL is set, a PostgreSQL schema of its own that is dropped afterwards.
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-test-'))
  const pgUrl = process.env.TEST_DATABASE_URL
  const schema = pgUrl ? `t_${randomBytes(6).toString('hex')}` : undefined
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    H5_DIR: path.join(dataDir, 'no-h5'),
    SMS_RESEND_SECONDS: '0',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...(pgUrl ? { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema } : {}),
    ...options.env,
  })
  const database = pgUrl ? Database.postgres(pgUrl, schema) : Database.sqlite(path.join(dataDir, 'test.db'))
  await database.migrate()
  const clock = new TestClock()
  await seedFirstStart(database, clock, { demo: options.seed !== false })
  const app = await buildApp({
    config,
    database,
    clock,
    logger: false,
    wechat: options.wechat,
    onRoute: options.onRoute,
  })
  const sms = app.services.sms as LogSmsProvider
  await app.ready()

  const tokens = new Map<string, TokenPair>()
  const login = async (phone: string): Promise<TokenPair> => {
    const sent = await app.inject({ method: 'POST', url: '/api/v1/auth/sms/send', payload: { phone } })
    if (sent.statusCode !== 200) throw new Error(`sms/send failed: ${sent.body}`)
    const code = sms.last(phone, 'login_code')!.params.code
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sms/login', payload: { phone, code } })
    if (res.statusCode !== 200) throw new Error(`sms/login failed: ${res.body}`)
    const pair = res.json() as TokenPair
    tokens.set(phone, pair)
    return pair
  }

  return {
    app,
    database,
    config,
    sms,
    clock,
    login,
    async authHeader(phone) {
      const pair = tokens.get(phone) ?? (await login(phone))
      return { authorization: `Bearer ${pair.accessToken}` }
    },
    async close() {
      await app.close()
      if (pgUrl && schema) {
        const admin = Database.postgres(pgUrl)
        await admin.dropSchema(schema)
        await admin.close()
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Demo phones by role (see src/db/seed/demo-places.ts). */
export const DEMO = {
  resident: '13800000001',
  resident2: '13800000002',
  police: '13800000003',
  mediator: '13800000004',
  committeeAdmin: '13800000005',
  courtClerk: '13800000006',
  sysAdmin: '13800000007',
  mediatorAdmin: '13800000008',
} as const
