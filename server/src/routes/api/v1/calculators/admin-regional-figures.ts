import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema, OkSchema } from '@contract/common'
import { RegionalFigureInputSchema, RegionalFigurePatchSchema, RegionalFigureSchema } from '@contract/calculators'
import { conflict, notFound } from '../../../../lib/app-error'
import { RegionalFiguresRepo } from '../../../../services/regional-figures/regional-figures-repo'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)

/** sys_admin maintains the regional statistics; every change is audited with the old and new value. */
const adminRegionalFigures: FastifyPluginAsyncTypebox = async (app) => {
  const figures = new RegionalFiguresRepo(app.database)
  const { audit, clock } = app.services
  app.addHook('preHandler', app.requireRoles('sys_admin'))

  const load = async (id: string) => {
    const figure = await figures.findById(id)
    if (!figure) throw notFound('FIGURE_NOT_FOUND', '该地区统计数据不存在')
    return figure
  }

  app.post(
    '/regional-figures',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        body: RegionalFigureInputSchema,
        response: { 201: RegionalFigureSchema, ...errors },
      },
    },
    async (request, reply) => {
      const id = await app.database.transaction(async (tx) => {
        if (await figures.exists(tx, request.body)) {
          throw conflict('FIGURE_EXISTS', '该地区该年度的此项数据已存在，请修改原数据')
        }
        const newId = await figures.create(tx, request.body, request.auth!.userId, clock.now())
        await audit.append(tx, {
          actorUserId: request.auth!.userId,
          action: 'regional_figure.create',
          entityType: 'regional_figure',
          entityId: newId,
          data: request.body,
          ip: request.ip,
        })
        return newId
      })
      return reply.status(201).send(await load(id))
    },
  )

  app.patch(
    '/regional-figures/:id',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: RegionalFigurePatchSchema,
        response: { 200: RegionalFigureSchema, ...errors },
      },
    },
    async (request) => {
      const before = await load(request.params.id)
      await app.database.transaction(async (tx) => {
        await figures.update(tx, before.id, request.body, request.auth!.userId, clock.now())
        await audit.append(tx, {
          actorUserId: request.auth!.userId,
          action: 'regional_figure.update',
          entityType: 'regional_figure',
          entityId: before.id,
          data: {
            before: { value: before.value, source: before.source, verified: before.verified },
            patch: request.body,
          },
          ip: request.ip,
        })
      })
      return load(before.id)
    },
  )

  app.delete(
    '/regional-figures/:id',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      const before = await load(request.params.id)
      await app.database.transaction(async (tx) => {
        await figures.remove(tx, before.id)
        await audit.append(tx, {
          actorUserId: request.auth!.userId,
          action: 'regional_figure.delete',
          entityType: 'regional_figure',
          entityId: before.id,
          data: before,
          ip: request.ip,
        })
      })
      return { ok: true as const }
    },
  )
}

export default adminRegionalFigures
