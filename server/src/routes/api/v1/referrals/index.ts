import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema, PageQuerySchema } from '@contract/common'
import {
  CommitteeSuggestionListSchema,
  CommitteeSuggestionQuerySchema,
  CreateReferralBodySchema,
  ReferralCreatedSchema,
  ReferralListSchema,
  ResendLinkParamsSchema,
  RiskFlagListQuerySchema,
  RiskFlagListSchema,
  RiskFlagSchema,
  ShareLinkSchema,
} from '@contract/referrals'
import { caseWorkflow } from '../../../../services/referrals/case-workflow'
import { resendReferralLink } from '../../../../services/referrals/resend-link'
import { RiskFlagService } from '../../../../services/referrals/risk-flags'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 409)

/** 警调对接: officers refer disputes to a committee and follow them to the end. */
const referrals: FastifyPluginAsyncTypebox = async (app) => {
  const { referrals: service, invitations, settings, deps } = caseWorkflow(app)
  const riskFlags = new RiskFlagService(app.database, app.services.audit, app.services.clock)
  app.addHook('preHandler', app.requireRoles('police'))

  app.get(
    '/committees',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Committees competent for a dispute type in a region, recommended first',
        security: [{ bearer: [] }],
        querystring: CommitteeSuggestionQuerySchema,
        response: { 200: CommitteeSuggestionListSchema, ...errors },
      },
    },
    async (request) => service.suggest(request.query.disputeType, request.query.regionCode),
  )

  app.post(
    '/',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Refer a dispute: creates the case and one share link per party, and texts both parties',
        security: [{ bearer: [] }],
        body: CreateReferralBodySchema,
        response: { 201: ReferralCreatedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.body, { auth: request.auth!, ip: request.ip })
      return reply.code(201).send(created)
    },
  )

  app.get(
    '/',
    {
      schema: {
        tags: ['referrals'],
        summary: "The officer's referrals with each case's status and outcome",
        security: [{ bearer: [] }],
        querystring: PageQuerySchema,
        response: { 200: ReferralListSchema, ...errors },
      },
    },
    async (request) => service.list(request.auth!.userId, request.query.limit ?? 20, request.query.offset ?? 0),
  )

  app.get(
    '/risk-flags',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Urgent risks found at intake in the station’s area (PML 25): level, reasons, area, contact',
        security: [{ bearer: [] }],
        querystring: RiskFlagListQuerySchema,
        response: { 200: RiskFlagListSchema, ...errors },
      },
    },
    async (request) => riskFlags.list(request.query, { auth: request.auth!, ip: request.ip }),
  )

  app.post(
    '/risk-flags/:id/ack',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Acknowledge a risk flag (audited; acknowledging again changes nothing)',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: RiskFlagSchema, ...errors, 404: { $ref: 'ErrorResponse' } },
      },
    },
    async (request) => riskFlags.acknowledge(request.params.id, { auth: request.auth!, ip: request.ip }),
  )

  app.post(
    '/:caseId/links/:partyRole',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Issue a fresh share link (and SMS) for a party who has not claimed; the old link stops working',
        security: [{ bearer: [] }],
        params: ResendLinkParamsSchema,
        response: { 201: ShareLinkSchema, ...errors, 404: { $ref: 'ErrorResponse' } },
      },
    },
    async (request, reply) => {
      const { caseId, partyRole } = request.params
      const link = await resendReferralLink(deps, invitations, settings, caseId, partyRole, {
        auth: request.auth!,
        ip: request.ip,
      })
      return reply.code(201).send(link)
    },
  )
}

export default referrals
