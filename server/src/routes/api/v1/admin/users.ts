import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParamsSchema } from '@contract/common'
import { StaffCreateBodySchema, StaffPatchBodySchema, StaffUserSchema } from '@contract/users'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404)

/** Staff accounts: sys_admin manages all; a committee admin manages their own committee's people. */
const adminUsers: FastifyPluginAsyncTypebox = async (app) => {
  const { staff, users } = app.services
  app.addHook('preHandler', app.requireRoles('sys_admin', 'committee_admin'))
  const actor = (request: FastifyRequest) => ({
    userId: request.auth!.userId,
    roles: request.auth!.roles,
    ip: request.ip,
  })

  app.get(
    '/users',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: Type.Object({ organisationId: Type.Optional(Type.String()) }),
        response: { 200: Type.Object({ items: Type.Array(StaffUserSchema) }), ...errors },
      },
    },
    async (request) => {
      const auth = request.auth!
      let organisationId = request.query.organisationId
      if (!auth.roles.includes('sys_admin')) {
        // Committee admins only ever see their own committee.
        organisationId = (await users.findById(auth.userId))?.organisation_id ?? '-'
      }
      return { items: (await users.listStaff(organisationId)).map((u) => users.toStaff(u)) }
    },
  )

  app.post(
    '/users',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        body: StaffCreateBodySchema,
        response: { 201: StaffUserSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await staff.create(actor(request), request.body)),
  )

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: StaffPatchBodySchema,
        response: { 200: StaffUserSchema, ...errors },
      },
    },
    async (request) => staff.update(actor(request), request.params.id, request.body),
  )
}

export default adminUsers
