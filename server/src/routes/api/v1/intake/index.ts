import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import { IdParamsSchema } from '@contract/common'
import {
  AnalyzeBodySchema,
  AnalyzeResponseSchema,
  AnswerBodySchema,
  ContinueResponseSchema,
  CatalogueDetailSchema,
  CatalogueListSchema,
  CorrectionBodySchema,
  CreateSessionBodySchema,
  DisputeTypeParamsSchema,
  IntakeSessionListSchema,
  IntakeSessionSchema,
  RoutingQuerySchema,
  RoutingSchema,
  SetTypeBodySchema,
  SkipBodySchema,
  SubmitBodySchema,
  SubmitResponseSchema,
} from '@contract/intake'
import { MAX_NARRATIVE_LENGTH } from '../../../../domain/intake/analyze'
import { analyzeWithAssist } from '../../../../services/intake/assisted-analysis'
import { CaseContinuation } from '../../../../services/intake/case-continuation'
import { typeAssistFrom } from '../../../../services/intake/type-assist'
import { CaseSubmission } from '../../../../services/intake/case-submission'
import { IntakeService, narrativeTooLong } from '../../../../services/intake/intake-service'
import { caseWorkflow } from '../../../../services/referrals/case-workflow'
import { catalogueDetail, catalogueList } from './catalogue-view'

const error = { $ref: 'ErrorResponse' }
const authed = { security: [{ bearer: [] }] }
const tags = ['intake']

/**
 * Guided intake: free-text analysis (public, rate-limited), the dispute catalogue, and the logged-in
 * resident's intake conversations up to submitting a case to the competent committee.
 */
const intake: FastifyPluginAsyncTypebox = async (app) => {
  const { audit, clock, organisations, users } = app.services
  const service = new IntakeService(app.database, audit, clock)
  const assist = typeAssistFrom(app.config)
  const submission = new CaseSubmission(app.database, service.sessions, organisations, users, audit, clock)
  const { factSheet, notifier } = caseWorkflow(app)
  const continuation = new CaseContinuation(
    app.database,
    service.sessions,
    organisations,
    factSheet,
    audit,
    clock,
    notifier,
  )
  const meta = (request: FastifyRequest) => ({ userId: request.auth!.userId, ip: request.ip })

  app.post(
    '/analyze',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Understand a narrative: dispute type, amounts, dates, parties, missing facts, risk',
        description: `No login. Text over ${MAX_NARRATIVE_LENGTH} characters → 413 INTAKE_TEXT_TOO_LONG.`,
        body: AnalyzeBodySchema,
        response: { 200: AnalyzeResponseSchema, 400: error, 413: error, 429: error },
      },
    },
    async (request) => {
      const { text, today } = request.body
      if (text.length > MAX_NARRATIVE_LENGTH) throw narrativeTooLong()
      return analyzeWithAssist(text, service.today(today), assist)
    },
  )

  app.get(
    '/catalogue',
    { schema: { tags, summary: 'Dispute types (codes, names, versions)', response: { 200: CatalogueListSchema } } },
    async () => catalogueList(),
  )

  app.get(
    '/catalogue/:code',
    {
      schema: {
        tags,
        summary: 'One dispute type: slots and questions, materials checklist, legal basis, limitation, competence',
        params: DisputeTypeParamsSchema,
        response: { 200: CatalogueDetailSchema, 400: error },
      },
    },
    async (request) => catalogueDetail(request.params.code),
  )

  await app.register(async (scope) => {
    const sessions = scope.withTypeProvider<TypeBoxTypeProvider>()
    sessions.addHook('preHandler', app.authenticate)

    sessions.post(
      '/sessions',
      {
        schema: {
          tags,
          ...authed,
          summary: 'Start an intake from the resident’s narrative; returns the prefilled facts and the first question',
          description:
            'With caseId: continue that case as the party you claimed (police referral or invitation). The type is ' +
            'the case’s; submit then adds your facts to the case. Not your case → 404; staff → 403; closed → 409.',
          body: CreateSessionBodySchema,
          response: {
            201: IntakeSessionSchema,
            400: error,
            401: error,
            403: error,
            404: error,
            409: error,
            413: error,
          },
        },
      },
      async (request, reply) => {
        const view = await service.create(meta(request), request.body, request.auth!)
        return reply.code(201).send(view)
      },
    )

    sessions.get(
      '/sessions',
      {
        schema: {
          tags,
          ...authed,
          summary: 'My intake sessions, newest first (resume a half-done intake with status=open)',
          querystring: Type.Object({
            status: Type.Optional(
              Type.Union([Type.Literal('open'), Type.Literal('submitted'), Type.Literal('abandoned')]),
            ),
          }),
          response: { 200: IntakeSessionListSchema, 401: error },
        },
      },
      async (request) => ({ items: await service.list(request.auth!.userId, request.query.status) }),
    )

    sessions.get(
      '/sessions/:id',
      {
        schema: {
          tags,
          ...authed,
          summary: 'Session state',
          params: IdParamsSchema,
          response: { 200: IntakeSessionSchema, 401: error, 404: error },
        },
      },
      async (request) => service.view(request.params.id, request.auth!.userId),
    )

    const step = {
      tags,
      ...authed,
      params: IdParamsSchema,
      response: { 200: IntakeSessionSchema, 400: error, 401: error, 404: error, 409: error },
    }

    sessions.post(
      '/sessions/:id/answers',
      {
        schema: {
          ...step,
          summary: 'Answer the current question (free text or structured value), or edit any fact with `slot`',
          description: 'Free text starting with 不对/错了 is treated as a correction; 跳过/不知道 skip the question.',
          body: AnswerBodySchema,
        },
      },
      async (request) => service.answer(request.params.id, meta(request), request.body),
    )

    sessions.post(
      '/sessions/:id/corrections',
      { schema: { ...step, summary: 'Correct a fact in words: 不对，是3万', body: CorrectionBodySchema } },
      async (request) => service.correct(request.params.id, meta(request), request.body.text),
    )

    sessions.post(
      '/sessions/:id/skip',
      { schema: { ...step, summary: 'Skip the current question, or mark it unknown (不知道)', body: SkipBodySchema } },
      async (request) => service.skip(request.params.id, meta(request), request.body.unknown ?? false),
    )

    sessions.post(
      '/sessions/:id/back',
      {
        schema: {
          ...step,
          summary: 'Go back to the previous question (its earlier answer is returned in question.previous)',
        },
      },
      async (request) => service.back(request.params.id, meta(request)),
    )

    sessions.put(
      '/sessions/:id/type',
      { schema: { ...step, summary: 'Confirm or change the dispute type', body: SetTypeBodySchema } },
      async (request) => service.setType(request.params.id, meta(request), request.body.disputeType),
    )

    sessions.delete('/sessions/:id', { schema: { ...step, summary: 'Abandon the intake' } }, async (request) =>
      service.abandon(request.params.id, meta(request)),
    )

    sessions.get(
      '/sessions/:id/routing',
      {
        schema: {
          tags,
          ...authed,
          summary: 'Competent committees for this dispute and place, recommended first, with reasons and materials',
          params: IdParamsSchema,
          querystring: RoutingQuerySchema,
          response: { 200: RoutingSchema, 400: error, 401: error, 404: error },
        },
      },
      async (request) =>
        submission.routing(await service.load(request.params.id, request.auth!.userId), request.query.regionCode),
    )

    sessions.post(
      '/sessions/:id/submit',
      {
        schema: {
          tags,
          ...authed,
          summary: 'Submit: creates the case (status pending_acceptance 待受理) routed to the chosen committee',
          description:
            'Urgent risk flags the case to the police station covering the area (PML 25). A session started with ' +
            'caseId answers 200 instead: the facts, narrative and evidence are added to that case and each fact ' +
            'goes on its fact sheet (the other side’s differing statement of the same fact is marked 有异议).',
          params: IdParamsSchema,
          body: SubmitBodySchema,
          response: {
            200: ContinueResponseSchema,
            201: SubmitResponseSchema,
            400: error,
            401: error,
            403: error,
            404: error,
            409: error,
          },
        },
      },
      async (request, reply) => {
        const stored = await service.load(request.params.id, request.auth!.userId)
        if (stored.state.binding) {
          return reply.send(await continuation.submit(stored, { auth: request.auth!, ip: request.ip }, request.body))
        }
        return reply.code(201).send(await submission.submit(stored, meta(request), request.body))
      },
    )
  })
}

export default intake
