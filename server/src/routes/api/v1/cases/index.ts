import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CaseDetailSchema, CaseListQuerySchema, CaseListSchema } from '@contract/cases'
import { IdParamsSchema } from '@contract/common'
import { notFound } from '../../../../lib/app-error'
import { caseRelation } from '../../../../services/cases/case-access'

/** "My cases" and a case's detail, for parties and the staff working on it. */
const cases: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.authenticate)

  app.get(
    '/',
    {
      schema: {
        tags: ['cases'],
        security: [{ bearer: [] }],
        querystring: CaseListQuerySchema,
        response: { 200: CaseListSchema, 401: { $ref: 'ErrorResponse' } },
      },
    },
    async (request) => app.services.cases.listFor(request.auth!, request.query),
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['cases'],
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: CaseDetailSchema, 401: { $ref: 'ErrorResponse' }, 404: { $ref: 'ErrorResponse' } },
      },
    },
    async (request) => {
      // A case the caller may not see is reported as missing, so its existence is not revealed either.
      const relation = await caseRelation(app.database, request.auth!, request.params.id)
      const detail = relation && (await app.services.cases.detail(request.params.id, request.auth!, relation))
      if (!detail) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
      return detail
    },
  )
}

export default cases
