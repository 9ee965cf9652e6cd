import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  AnswerScheduleBodySchema,
  CaseRoomsParamsSchema,
  ProposeScheduleBodySchema,
  ScheduleListSchema,
  ScheduleParamsSchema,
  ScheduleSchema,
} from '@contract/sessions'
import { forbidden, notFound } from '../../../../lib/app-error'
import type { AuthContext } from '../../../../plugins/app/auth'
import { caseRoomRole } from '../../../../services/sessions/room-access'
import type { Schedules } from '../../../../services/sessions/schedules'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const secured = { tags: ['sessions'], security: [{ bearer: [] }] }

/** Scheduling a session: the case's mediator proposes, the parties answer, everyone in the room sees it. */
const schedulesRoutes: FastifyPluginAsyncTypebox<{ schedules: Schedules }> = async (app, { schedules }) => {
  app.addHook('preHandler', app.authenticate)

  const requireCaseRole = async (auth: AuthContext, caseId: string) => {
    const role = await caseRoomRole(app.database, auth, caseId)
    if (!role) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    return role
  }

  app.post(
    '/cases/:caseId/schedules',
    {
      schema: {
        ...secured,
        summary: "Propose a session time (the case's mediator); each party is asked to confirm",
        params: CaseRoomsParamsSchema,
        body: ProposeScheduleBodySchema,
        response: { 200: ScheduleSchema, ...errors },
      },
    },
    async (request) => {
      if ((await requireCaseRole(request.auth!, request.params.caseId)) !== 'mediator') {
        throw forbidden('SCHEDULE_MEDIATOR_ONLY', '只有本案调解员可以安排调解时间')
      }
      return schedules.propose(request.params.caseId, request.auth!.userId, request.body, request.ip)
    },
  )

  app.get(
    '/cases/:caseId/schedules',
    {
      schema: {
        ...secured,
        summary: "The case's proposed and agreed session times",
        params: CaseRoomsParamsSchema,
        response: { 200: ScheduleListSchema, ...errors },
      },
    },
    async (request) => {
      await requireCaseRole(request.auth!, request.params.caseId)
      return { items: await schedules.listForCase(request.params.caseId) }
    },
  )

  app.get(
    '/schedules/pending',
    {
      schema: {
        ...secured,
        summary: 'Proposals waiting for my answer (in-app notifications)',
        response: { 200: ScheduleListSchema, ...errors },
      },
    },
    async (request) => ({ items: await schedules.pendingFor(request.auth!.userId) }),
  )

  app.post(
    '/schedules/:scheduleId/answer',
    {
      schema: {
        ...secured,
        summary: 'Confirm or decline a proposed session time (parties of the case)',
        params: ScheduleParamsSchema,
        body: AnswerScheduleBodySchema,
        response: { 200: ScheduleSchema, ...errors },
      },
    },
    async (request) => {
      const schedule = await schedules.find(request.params.scheduleId)
      // A party removed from the case since the proposal may no longer answer.
      if (!schedule || !(await caseRoomRole(app.database, request.auth!, schedule.caseId))) {
        throw notFound('SCHEDULE_NOT_FOUND', '调解安排不存在或无需您确认')
      }
      return schedules.answer(schedule.id, request.auth!.userId, request.body, request.ip)
    },
  )
}

export default schedulesRoutes
