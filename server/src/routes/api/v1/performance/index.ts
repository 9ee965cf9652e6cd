import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema, OkSchema } from '@contract/common'
import {
  DefaultRouteSchema,
  InstalmentParamsSchema,
  MarkPaidBodySchema,
  PerformanceSchema,
  RatingBodySchema,
  RatingListSchema,
  ReminderRunBodySchema,
  ReminderRunSchema,
  TrackedInstalmentSchema,
  VisitBodySchema,
} from '@contract/performance'
import { judicialDeps } from '../../../../services/judicial/judicial-deps'
import { FollowUpService } from '../../../../services/performance/follow-up-service'
import { PerformanceService } from '../../../../services/performance/performance-service'
import { fileLinkKey, SignedFileLinks } from '../../../../services/performance/signed-file-links'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const tags = ['performance']
const security = bearerSecurity
const instalment = { 200: TrackedInstalmentSchema, ...errors }

/** Performance after the agreement: instalments, default routes, reminders, follow-up visits and ratings. */
const performance: FastifyPluginAsyncTypebox = async (app) => {
  const deps = judicialDeps(app)
  const service = new PerformanceService(deps, new SignedFileLinks(fileLinkKey(app.config), deps.clock))
  const followUp = new FollowUpService(deps)

  app.get(
    '/cases/:id',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'Schedule (tracked from the effective agreement) and visits',
        params: IdParamsSchema,
        response: { 200: PerformanceSchema, ...errors },
      },
    },
    async (request) => service.get(request.auth!, request.params.id),
  )

  app.post(
    '/instalments/:instalmentId/paid',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'The payer marks paid with a receipt photo',
        params: InstalmentParamsSchema,
        body: MarkPaidBodySchema,
        response: instalment,
      },
    },
    async (request) =>
      service.markPaid(request.auth!, request.params.instalmentId, request.body.receiptFileId, request.ip),
  )

  app.post(
    '/instalments/:instalmentId/confirm',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'The payee confirms receipt',
        params: InstalmentParamsSchema,
        response: instalment,
      },
    },
    async (request) => service.confirmReceived(request.auth!, request.params.instalmentId, request.ip),
  )

  app.post(
    '/instalments/:instalmentId/default',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'Record a default; returns enforcement (CPL 250) or litigation route',
        params: InstalmentParamsSchema,
        response: { 200: DefaultRouteSchema, ...errors },
      },
    },
    async (request) => service.declareDefault(request.auth!, request.params.instalmentId, request.ip),
  )

  app.get(
    '/instalments/:instalmentId/route',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'The route open after a default',
        params: InstalmentParamsSchema,
        response: { 200: DefaultRouteSchema, ...errors },
      },
    },
    async (request) => service.route(request.auth!, request.params.instalmentId),
  )

  app.post(
    '/reminders/run',
    {
      preHandler: app.requireRoles('mediator', 'committee_admin', 'sys_admin'),
      schema: {
        tags,
        security,
        summary: 'Remind payers of instalments due soon (idempotent)',
        body: ReminderRunBodySchema,
        response: { 200: ReminderRunSchema, ...errors },
      },
    },
    async (request) => ({ reminded: await service.runReminders(request.body.daysAhead ?? 3) }),
  )

  app.post(
    '/cases/:id/visits',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'The mediator records a follow-up visit (回访)',
        params: IdParamsSchema,
        body: VisitBodySchema,
        response: { 201: PerformanceSchema.properties.visits, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await followUp.addVisit(request.auth!, request.params.id, request.body, request.ip)),
  )

  app.post(
    '/cases/:id/rating',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'A party rates the mediation (1–5)',
        params: IdParamsSchema,
        body: RatingBodySchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await followUp.rate(request.auth!, request.params.id, request.body, request.ip)
      return { ok: true as const }
    },
  )

  app.get(
    '/cases/:id/ratings',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'Ratings of the case (committee admin)',
        params: IdParamsSchema,
        response: { 200: RatingListSchema, ...errors },
      },
    },
    async (request) => followUp.ratings(request.auth!, request.params.id),
  )
}

export default performance
