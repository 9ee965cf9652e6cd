import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema, OkSchema } from '@contract/common'
import {
  MarkAllReadResultSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
  SubscribeTemplatesSchema,
} from '@contract/referrals'
import { caseWorkflow } from '../../../../services/referrals/case-workflow'
import { errorResponses } from '../error-responses'

const errors = errorResponses(401, 404)

/** The caller's in-app notifications. */
const notifications: FastifyPluginAsyncTypebox = async (app) => {
  const { notifier } = caseWorkflow(app)
  const { clock } = app.services
  const templates = Object.fromEntries(
    Object.entries(app.config.subscribeTemplates).map(([kind, template]) => [kind, template.templateId]),
  )
  app.addHook('preHandler', app.authenticate)

  app.get(
    '/',
    {
      schema: {
        tags: ['notifications'],
        security: [{ bearer: [] }],
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationListSchema, ...errors },
      },
    },
    async (request) => notifier.list(request.auth!.userId, request.query),
  )

  app.post(
    '/:id/read',
    {
      schema: {
        tags: ['notifications'],
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await notifier.markRead(request.auth!.userId, request.params.id, clock.now())
      return { ok: true as const }
    },
  )

  app.post(
    '/read-all',
    {
      schema: {
        tags: ['notifications'],
        security: [{ bearer: [] }],
        response: { 200: MarkAllReadResultSchema, ...errors },
      },
    },
    async (request) => ({ updated: await notifier.markAllRead(request.auth!.userId, clock.now()) }),
  )

  app.get(
    '/subscribe-templates',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Template ids the mini-program asks the user to subscribe to (wx.requestSubscribeMessage)',
        security: [{ bearer: [] }],
        response: { 200: SubscribeTemplatesSchema, ...errors },
      },
    },
    async () => ({ templates }),
  )
}

export default notifications
