import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config'
import type { Database } from './db/database'
import { systemClock, type Clock } from './lib/clock'
import { loggerOptions } from './logger'
import type { SmsProvider } from './services/sms/sms-provider'
import type { WechatAuth } from './services/auth/wechat'
import security from './plugins/external/security'
import openapi from './plugins/external/openapi'
import h5Static from './plugins/external/h5-static'
import dbPlugin from './plugins/app/db'
import errors from './plugins/app/errors'
import inputGuard from './plugins/app/input-guard'
import { buildValidator } from './plugins/app/request-validation'
import { clientErrorHandler, frameworkErrors } from './plugins/app/client-errors'
import services from './plugins/app/services'
import jobs from './plugins/app/jobs'
import auth from './plugins/app/auth'
import health from './routes/health'
import apiV1 from './routes/api/v1'

export interface AppOptions {
  config: Config
  database: Database // migrated already
  clock?: Clock
  sms?: SmsProvider
  wechat?: WechatAuth
  logger?: boolean
  /** Sees every route as it is registered (test harnesses derive requests from the routes' own schemas). */
  onRoute?: (route: RouteOptions) => void
}

/**
 * Builds the HTTP application without listening: external plugins, then application plugins, then routes.
 * server.ts listens; tests call `app.inject`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.LOG_LEVEL),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: true,
    schemaController: { compilersFactory: { buildValidator } },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>()
  if (options.onRoute) app.addHook('onRoute', options.onRoute)

  await app.register(dbPlugin, { database: options.database })
  await app.register(services, {
    config,
    clock: options.clock ?? systemClock,
    sms: options.sms,
    wechat: options.wechat,
  })
  await app.register(jobs)
  await app.register(errors)
  await app.register(inputGuard)
  await app.register(security)
  await app.register(openapi)
  await app.register(auth)

  await app.register(health)
  await app.register(apiV1, { prefix: '/api/v1' })
  await app.register(h5Static)
  return app
}
