import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
import {
  ClaimResultSchema,
  InvitationCreatedSchema,
  InvitationTokenParamsSchema,
  InviteRespondentBodySchema,
  RespondentAnswerBodySchema,
  RespondentAnswerResultSchema,
} from '@contract/invitations'
import { caseWorkflow } from '../../../../services/referrals/case-workflow'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409, 410)

/** Share links: claiming a side of a case, the applicant inviting the respondent, the respondent's answer. */
const invitations: FastifyPluginAsyncTypebox = async (app) => {
  const { invitations: service } = caseWorkflow(app)
  app.addHook('preHandler', app.authenticate)

  app.post(
    '/invitations/:token/claim',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['invitations'],
        summary: 'Claim a side of a case from a share link (the account phone must match the invited phone)',
        security: [{ bearer: [] }],
        params: InvitationTokenParamsSchema,
        response: { 200: ClaimResultSchema, ...errors },
      },
    },
    async (request) => service.claim(request.params.token, { auth: request.auth!, ip: request.ip }),
  )

  app.post(
    '/cases/:id/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'The applicant invites the respondent (share link + SMS)',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: InviteRespondentBodySchema,
        response: { 201: InvitationCreatedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await service.inviteRespondent(request.params.id, request.body, {
        auth: request.auth!,
        ip: request.ip,
      })
      return reply.code(201).send(created)
    },
  )

  app.post(
    '/cases/:id/respondent-answer',
    {
      schema: {
        tags: ['invitations'],
        summary: 'The respondent agrees to mediation or declines it (PML 17: then there is no mediation)',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: RespondentAnswerBodySchema,
        response: { 200: RespondentAnswerResultSchema, ...errors },
      },
    },
    async (request) => service.answer(request.params.id, request.body, { auth: request.auth!, ip: request.ip }),
  )
}

export default invitations
