import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  AssignmentAnswerBodySchema,
  AssignmentAnswerResultSchema,
  CaseProgressSchema,
  MediatorOptionListSchema,
  MediatorRequestBodySchema,
  MediatorRequestResultSchema,
} from '@contract/assignment'
import { IdParamsSchema } from '@contract/common'
import { RecordOutcomeResultSchema, RecordOutcomeWithReasonBodySchema } from '@contract/mediation-record'
import { answerAssignment } from '../../../../services/assignment/mediator-answer'
import { mediatorOptions, requestMediator } from '../../../../services/assignment/mediator-requests'
import { caseWorkflow } from '../../../../services/referrals/case-workflow'
import { recordDeps } from '../../../../services/mediation-record/record-deps'
import { recordOutcomeWithRoutes } from '../../../../services/mediation-record/outcome-with-routes'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const security = bearerSecurity

/** Per-case routes for parties and mediators: progress and deadline, choosing a mediator, the mediator's answer. */
const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { views, assignment, deps } = caseWorkflow(app)

  app.get(
    '/cases/:id/progress',
    {
      schema: {
        tags: ['assignment'],
        summary: 'Acceptance, deadline (overdue flagged), mediators, the respondent’s answer and the outcome',
        security,
        params: IdParamsSchema,
        response: { 200: CaseProgressSchema, ...errors },
      },
    },
    async (request) => views.progress(request.params.id, request.auth!),
  )

  app.get(
    '/cases/:id/mediator-options',
    {
      schema: {
        tags: ['assignment'],
        summary: "Mediators of the case's committee a party may ask for (PML 19, OMR 5)",
        security,
        params: IdParamsSchema,
        response: { 200: MediatorOptionListSchema, ...errors },
      },
    },
    async (request) => ({ items: await mediatorOptions(deps, request.params.id, request.auth!) }),
  )

  app.post(
    '/cases/:id/mediator-requests',
    {
      schema: {
        tags: ['assignment'],
        summary: 'A party asks for a named mediator; honoured when the mediator belongs to the committee',
        security,
        params: IdParamsSchema,
        body: MediatorRequestBodySchema,
        response: { 200: MediatorRequestResultSchema, ...errors },
      },
    },
    async (request) =>
      requestMediator(deps, assignment, request.params.id, request.body.mediatorUserId, {
        auth: request.auth!,
        ip: request.ip,
      }),
  )

  app.post(
    '/cases/:id/mediator-answer',
    {
      schema: {
        tags: ['assignment'],
        summary: 'The assigned mediator accepts or declares a conflict of interest (OMR 13)',
        security,
        params: IdParamsSchema,
        body: AssignmentAnswerBodySchema,
        response: { 200: AssignmentAnswerResultSchema, ...errors },
      },
    },
    async (request) => answerAssignment(deps, request.params.id, request.body, { auth: request.auth!, ip: request.ip }),
  )

  app.post(
    '/cases/:id/outcome',
    {
      schema: {
        tags: ['assignment'],
        summary:
          'Record agreement, partial agreement, failure or performance; the referring officer is notified; ' +
          'failure and partial serve the parties the 终止调解告知书 with the routes left to them (PML 26)',
        security,
        params: IdParamsSchema,
        body: RecordOutcomeWithReasonBodySchema,
        response: { 200: RecordOutcomeResultSchema, ...errors },
      },
    },
    async (request) =>
      recordOutcomeWithRoutes(recordDeps(app), request.params.id, request.body, {
        auth: request.auth!,
        ip: request.ip,
      }),
  )
}

export default caseRoutes
