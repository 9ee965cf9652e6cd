import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  MeSchema,
  ProfilePatchSchema,
  RealNameBodySchema,
  SettingsPatchSchema,
  WechatLoginBodySchema,
} from '@contract/auth'
import { AppError, badRequest, conflict, notFound } from '../../../../lib/app-error'
import { maskIdNumber } from '../../../../lib/mask'
import { parseJson } from '../../../../lib/json'
import { checkIdNumber, ID_NUMBER_PROBLEM_MESSAGES } from '../../../../domain/identity/id-number'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 409)

/** The logged-in user's own account: profile, real-name identity, settings (care mode, active role), WeChat binding. */
const me: FastifyPluginAsyncTypebox = async (app) => {
  const { users, audit, idCipher, clock, wechat } = app.services
  app.addHook('preHandler', app.authenticate)

  const loadMe = async (userId: string) => {
    const user = await users.findById(userId)
    if (!user) throw notFound('USER_NOT_FOUND', '账号不存在')
    return user
  }

  app.get(
    '/',
    { schema: { tags: ['me'], security: [{ bearer: [] }], response: { 200: MeSchema, ...errors } } },
    async (request) => users.toMe(await loadMe(request.auth!.userId)),
  )

  app.patch(
    '/settings',
    {
      schema: {
        tags: ['me'],
        security: [{ bearer: [] }],
        body: SettingsPatchSchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const user = await loadMe(request.auth!.userId)
      const { activeRole } = request.body
      if (activeRole && !user.roles.includes(activeRole)) {
        throw badRequest('ROLE_NOT_HELD', '您没有这个身份', [{ field: 'activeRole', message: '您没有这个身份' }])
      }
      const settings = { ...parseJson<Record<string, unknown>>(user.settings, {}), ...request.body }
      await app.database.transaction(async (tx) => {
        await users.update(tx, user.id, { settings: JSON.stringify(settings) }, clock.now())
        await audit.append(tx, {
          actorUserId: user.id,
          action: 'user.settings',
          entityType: 'user',
          entityId: user.id,
          data: request.body,
          ip: request.ip,
        })
      })
      return users.toMe(await loadMe(user.id))
    },
  )

  app.patch(
    '/profile',
    {
      schema: {
        tags: ['me'],
        security: [{ bearer: [] }],
        body: ProfilePatchSchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const userId = request.auth!.userId
      await app.database.transaction(async (tx) => {
        await users.update(tx, userId, { display_name: request.body.displayName.trim() }, clock.now())
        await audit.append(tx, {
          actorUserId: userId,
          action: 'user.profile',
          entityType: 'user',
          entityId: userId,
          ip: request.ip,
        })
      })
      return users.toMe(await loadMe(userId))
    },
  )

  app.put(
    '/real-name',
    {
      schema: {
        tags: ['me'],
        summary: 'Record the real name and resident ID number (encrypted at rest, masked in every response)',
        security: [{ bearer: [] }],
        body: RealNameBodySchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const userId = request.auth!.userId
      const idNumber = request.body.idNumber.toUpperCase()
      const problem = checkIdNumber(idNumber, clock.now())
      if (problem) {
        throw badRequest('ID_NUMBER_INVALID', ID_NUMBER_PROBLEM_MESSAGES[problem], [
          { field: 'idNumber', message: ID_NUMBER_PROBLEM_MESSAGES[problem] },
        ])
      }
      const name = request.body.name.trim()
      if (!/^[\u4e00-\u9fa5·•]{2,20}$|^[A-Za-z][A-Za-z .'-]{1,29}$/.test(name)) {
        throw badRequest('REAL_NAME_INVALID', '请填写身份证上的姓名', [
          { field: 'name', message: '请填写身份证上的姓名' },
        ])
      }
      const lookup = idCipher.lookupHash(idNumber)
      const owner = await app.database.db
        .selectFrom('users')
        .select('id')
        .where('id_number_hash', '=', lookup)
        .executeTakeFirst()
      if (owner && owner.id !== userId)
        throw conflict('ID_NUMBER_IN_USE', '该身份证号已被其他账号使用，如有疑问请联系调委会')
      await app.database.transaction(async (tx) => {
        await users.update(
          tx,
          userId,
          {
            real_name: name,
            id_number_enc: idCipher.encrypt(idNumber),
            id_number_hash: lookup,
            id_number_masked: maskIdNumber(idNumber),
            real_name_verified_at: clock.now().toISOString(),
          },
          clock.now(),
        )
        await audit.append(tx, {
          actorUserId: userId,
          action: 'user.real_name',
          entityType: 'user',
          entityId: userId,
          data: { idNumber: maskIdNumber(idNumber) },
          ip: request.ip,
        })
      })
      return users.toMe(await loadMe(userId))
    },
  )

  app.post(
    '/wechat',
    {
      schema: {
        tags: ['me'],
        summary: 'Bind the current WeChat account (wx.login code) so later logins can use WeChat',
        security: [{ bearer: [] }],
        body: WechatLoginBodySchema,
        response: { 200: MeSchema, ...errors, 503: { $ref: 'ErrorResponse' } },
      },
    },
    async (request) => {
      const userId = request.auth!.userId
      const { openid } = await wechat.code2Session(request.body.code)
      const holder = await users.findByOpenid(openid)
      if (holder && holder.id !== userId) throw new AppError(409, 'WECHAT_BOUND_ELSEWHERE', '该微信已绑定其他手机号')
      await app.database.transaction(async (tx) => {
        await users.update(tx, userId, { wx_openid: openid }, clock.now())
        await audit.append(tx, {
          actorUserId: userId,
          action: 'user.wechat_bind',
          entityType: 'user',
          entityId: userId,
          ip: request.ip,
        })
      })
      return users.toMe(await loadMe(userId))
    },
  )
}

export default me
