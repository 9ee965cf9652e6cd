import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
import {
  AddFactBodySchema,
  FactItemSchema,
  FactParamsSchema,
  FactSheetSchema,
  MarkFactBodySchema,
} from '@contract/fact-sheet'
import { caseWorkflow } from '../../../../services/referrals/case-workflow'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)

/** The fact sheet of a case (mounted under /cases). */
const factSheet: FastifyPluginAsyncTypebox = async (app) => {
  const { factSheet: service } = caseWorkflow(app)
  app.addHook('preHandler', app.authenticate)

  app.get(
    '/:id/fact-sheet',
    {
      schema: {
        tags: ['fact-sheet'],
        summary: 'Facts from both sides with each party’s marks; agreed and disputed counts',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: FactSheetSchema, ...errors },
      },
    },
    async (request) => service.view(request.params.id, { auth: request.auth!, ip: request.ip }),
  )

  app.post(
    '/:id/fact-sheet/facts',
    {
      schema: {
        tags: ['fact-sheet'],
        summary: 'A party states a fact (the same statement by the other side counts as their agreement)',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: AddFactBodySchema,
        response: { 200: FactItemSchema, 201: FactItemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { item, created } = await service.add(request.params.id, request.body, {
        auth: request.auth!,
        ip: request.ip,
      })
      return reply.code(created ? 201 : 200).send(item)
    },
  )

  app.put(
    '/:id/fact-sheet/facts/:factId/mark',
    {
      schema: {
        tags: ['fact-sheet'],
        summary: 'A party marks a fact 同意 (agree) or 有异议 (dispute, with a comment)',
        security: [{ bearer: [] }],
        params: FactParamsSchema,
        body: MarkFactBodySchema,
        response: { 200: FactItemSchema, ...errors },
      },
    },
    async (request) =>
      service.mark(request.params.id, request.params.factId, request.body, { auth: request.auth!, ip: request.ip }),
  )
}

export default factSheet
