import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  RefreshBodySchema,
  SmsLoginBodySchema,
  SmsSendBodySchema,
  SmsSendResponseSchema,
  TokenPairSchema,
  WechatLoginBodySchema,
} from '@contract/auth'
import { OkSchema } from '@contract/common'
import { AppError, unauthorized } from '../../../../lib/app-error'
import { issueSession } from './session'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 429)

/** Login by SMS code or WeChat, token refresh (rotating) and logout. Every route is rate-limited per IP. */
const auth: FastifyPluginAsyncTypebox = async (app) => {
  const rateLimit = { max: app.config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' }
  const { smsCodes, users, refreshTokens, audit, wechat, clock } = app.services

  app.post(
    '/sms/send',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Send a 6-digit login code by SMS',
        body: SmsSendBodySchema,
        response: { 200: SmsSendResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { retryAfterSeconds } = await smsCodes.send(request.body.phone)
      return { sent: true, retryAfterSeconds }
    },
  )

  app.post(
    '/sms/login',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Log in (or register as a resident) with phone + SMS code',
        body: SmsLoginBodySchema,
        response: { 200: TokenPairSchema, ...errors },
      },
    },
    async (request) => {
      const { phone, code } = request.body
      await smsCodes.verify(phone, code)
      const user = await app.database.transaction(async (tx) => {
        const existing = await users.findByPhone(phone, tx)
        if (existing) return existing
        const created = await users.create(tx, { phone }, clock.now())
        await audit.append(tx, {
          actorUserId: created.id,
          action: 'user.register',
          entityType: 'user',
          entityId: created.id,
          data: { via: 'sms' },
          ip: request.ip,
        })
        return created
      })
      if (user.active !== 1) throw unauthorized('AUTH_ACCOUNT_DISABLED', '账号不可用，请联系管理员')
      await audit.record({
        actorUserId: user.id,
        action: 'user.login',
        entityType: 'user',
        entityId: user.id,
        data: { via: 'sms' },
        ip: request.ip,
      })
      return issueSession(app, user)
    },
  )

  app.post(
    '/wechat/login',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Log in with a wx.login code (the WeChat account must be bound to a phone first)',
        body: WechatLoginBodySchema,
        response: { 200: TokenPairSchema, ...errors, 404: { $ref: 'ErrorResponse' }, 503: { $ref: 'ErrorResponse' } },
      },
    },
    async (request) => {
      const session = await wechat.code2Session(request.body.code)
      const user = await users.findByOpenid(session.openid)
      if (!user)
        throw new AppError(404, 'WECHAT_NOT_BOUND', '该微信尚未绑定手机号，请先用手机号验证码登录，登录后将自动绑定')
      if (user.active !== 1) throw unauthorized('AUTH_ACCOUNT_DISABLED', '账号不可用，请联系管理员')
      await audit.record({
        actorUserId: user.id,
        action: 'user.login',
        entityType: 'user',
        entityId: user.id,
        data: { via: 'wechat' },
        ip: request.ip,
      })
      return issueSession(app, user)
    },
  )

  app.post(
    '/refresh',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new token pair (the old refresh token stops working)',
        body: RefreshBodySchema,
        response: { 200: TokenPairSchema, ...errors },
      },
    },
    async (request) => {
      const { userId, refreshToken } = await refreshTokens.rotate(request.body.refreshToken)
      const user = await users.findById(userId)
      if (!user || user.active !== 1) throw unauthorized('AUTH_ACCOUNT_DISABLED', '账号不可用，请联系管理员')
      return {
        accessToken: app.signAccessToken(user.id, user.roles),
        refreshToken,
        expiresIn: app.config.ACCESS_TOKEN_TTL_SECONDS,
        user: await users.toMe(user),
      }
    },
  )

  app.post(
    '/logout',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Revoke the refresh token (and its family)',
        body: RefreshBodySchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      const userId = await refreshTokens.revoke(request.body.refreshToken)
      if (userId)
        await audit.record({
          actorUserId: userId,
          action: 'user.logout',
          entityType: 'user',
          entityId: userId,
          ip: request.ip,
        })
      return { ok: true as const }
    },
  )
}

export default auth
