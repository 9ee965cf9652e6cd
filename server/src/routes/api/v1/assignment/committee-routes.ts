import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  AssignMediatorBodySchema,
  AssignMediatorResultSchema,
  CommitteeCaseListSchema,
  CommitteeCaseQuerySchema,
  MediatorAreasBodySchema,
  MediatorCandidateListSchema,
  MediatorParamsSchema,
  TransferBodySchema,
} from '@contract/assignment'
import { IdParamsSchema, OkSchema } from '@contract/common'
import { transferCase } from '../../../../services/assignment/case-transfer'
import { setMediatorAreas } from '../../../../services/assignment/mediator-areas'
import { caseWorkflow } from '../../../../services/referrals/case-workflow'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const security = bearerSecurity

/** What a committee admin does: the incoming list, accept, transfer, assign mediators, mediators' areas. */
const committeeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { assignment, views, deps } = caseWorkflow(app)
  app.addHook('preHandler', app.requireRoles('committee_admin'))

  app.get(
    '/assignment/cases',
    {
      schema: {
        tags: ['assignment'],
        summary: "The committee's cases: incoming (待受理), active or overdue, with deadlines",
        security,
        querystring: CommitteeCaseQuerySchema,
        response: { 200: CommitteeCaseListSchema, ...errors },
      },
    },
    async (request) => ({ items: await views.committeeCases(request.auth!, request.query.view ?? 'incoming') }),
  )

  app.post(
    '/cases/:id/accept',
    { schema: { tags: ['assignment'], security, params: IdParamsSchema, response: { 200: OkSchema, ...errors } } },
    async (request) => {
      await assignment.accept(request.params.id, { auth: request.auth!, ip: request.ip })
      return { ok: true as const }
    },
  )

  app.post(
    '/cases/:id/transfer',
    {
      schema: {
        tags: ['assignment'],
        summary: 'Transfer the case to another committee, with a reason',
        security,
        params: IdParamsSchema,
        body: TransferBodySchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await transferCase(deps, request.params.id, request.body, { auth: request.auth!, ip: request.ip })
      return { ok: true as const }
    },
  )

  app.get(
    '/cases/:id/mediator-candidates',
    {
      schema: {
        tags: ['assignment'],
        summary: "The committee's mediators ranked: party's choice, speciality, area, load",
        security,
        params: IdParamsSchema,
        response: { 200: MediatorCandidateListSchema, ...errors },
      },
    },
    async (request) => ({ items: await assignment.candidates(request.params.id, request.auth!) }),
  )

  app.post(
    '/cases/:id/mediators',
    {
      schema: {
        tags: ['assignment'],
        summary: 'Assign a named mediator, or `auto: true` to pick by speciality, area and load',
        security,
        params: IdParamsSchema,
        body: AssignMediatorBodySchema,
        response: {
          201: AssignMediatorResultSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const result = await assignment.assign(request.params.id, request.body, { auth: request.auth!, ip: request.ip })
      return reply.code(201).send(result)
    },
  )

  app.put(
    '/assignment/mediators/:userId/areas',
    {
      schema: {
        tags: ['assignment'],
        summary: 'Regions a mediator serves (used by auto-assignment)',
        security,
        params: MediatorParamsSchema,
        body: MediatorAreasBodySchema,
        response: { 200: MediatorAreasBodySchema, ...errors },
      },
    },
    async (request) => ({
      regionCodes: await setMediatorAreas(deps, request.params.userId, request.body.regionCodes, {
        auth: request.auth!,
        ip: request.ip,
      }),
    }),
  )
}

export default committeeRoutes
