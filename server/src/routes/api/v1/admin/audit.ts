import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'

const VerificationSchema = Type.Object({
  intact: Type.Boolean(),
  entries: Type.Integer(),
  firstBrokenSeq: Type.Union([Type.Integer(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
})

/** Audit chain check for sys_admin: walks every entry and reports the first one that breaks the chain. */
const adminAudit: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit/verify',
    {
      preHandler: app.requireRoles('sys_admin'),
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        response: { 200: VerificationSchema, 401: { $ref: 'ErrorResponse' }, 403: { $ref: 'ErrorResponse' } },
      },
    },
    async () => app.services.audit.verify(),
  )
}

export default adminAudit
