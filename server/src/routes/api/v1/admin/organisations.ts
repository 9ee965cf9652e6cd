import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
import { OrganisationInputSchema, OrganisationPatchSchema, OrganisationSchema } from '@contract/organisations'
import { badRequest, notFound } from '../../../../lib/app-error'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404)

/** Organisation administration (sys_admin). Organisations are deactivated, never deleted: cases refer to them. */
const adminOrganisations: FastifyPluginAsyncTypebox = async (app) => {
  const { organisations, audit, clock } = app.services
  app.addHook('preHandler', app.requireRoles('sys_admin'))

  const checkRegions = async (codes: string[]) => {
    for (const code of codes) {
      if (!(await organisations.regionExists(code))) {
        throw badRequest('REGION_NOT_FOUND', `行政区划 ${code} 不存在`, [
          { field: 'regionCode', message: '行政区划不存在' },
        ])
      }
    }
  }

  app.post(
    '/organisations',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        body: OrganisationInputSchema,
        response: { 201: OrganisationSchema, ...errors },
      },
    },
    async (request, reply) => {
      await checkRegions([request.body.regionCode, ...(request.body.serviceArea ?? [])])
      const org = await app.database.transaction(async (tx) => {
        const created = await organisations.create(tx, request.body, clock.now())
        await audit.append(tx, {
          actorUserId: request.auth!.userId,
          action: 'organisation.create',
          entityType: 'organisation',
          entityId: created.id,
          data: request.body,
          ip: request.ip,
        })
        return created
      })
      return reply.status(201).send(org)
    },
  )

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: OrganisationPatchSchema,
        response: { 200: OrganisationSchema, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params
      if (!(await organisations.get(id))) throw notFound('ORGANISATION_NOT_FOUND', '机构不存在')
      await checkRegions([
        ...(request.body.regionCode ? [request.body.regionCode] : []),
        ...(request.body.serviceArea ?? []),
      ])
      await app.database.transaction(async (tx) => {
        await organisations.update(tx, id, request.body, clock.now())
        await audit.append(tx, {
          actorUserId: request.auth!.userId,
          action: 'organisation.update',
          entityType: 'organisation',
          entityId: id,
          data: request.body,
          ip: request.ip,
        })
      })
      return (await organisations.get(id))!
    },
  )
}

export default adminOrganisations
