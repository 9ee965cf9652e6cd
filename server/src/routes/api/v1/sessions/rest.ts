import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CaseRoomsParamsSchema,
  CreateCaucusBodySchema,
  HistoryQuerySchema,
  HistorySchema,
  RoomListSchema,
  RoomMemberListSchema,
  RoomParamsSchema,
  RoomSchema,
  SendMessageBodySchema,
  SendMessageResultSchema,
} from '@contract/sessions'
import { badRequest, forbidden, notFound } from '../../../../lib/app-error'
import type { AuthContext } from '../../../../plugins/app/auth'
import { caseRoomRole, roomRole } from '../../../../services/sessions/room-access'
import { roomMembers } from '../../../../services/sessions/room-members'
import type { SessionService } from '../../../../services/sessions/session-service'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404)
const secured = { tags: ['sessions'], security: [{ bearer: [] }] }

/** Rooms, history and sending over HTTP (for clients between sockets and for offline queues). */
const sessionsRest: FastifyPluginAsyncTypebox<{ service: SessionService }> = async (app, { service }) => {
  const { clock } = app.services
  app.addHook('preHandler', app.authenticate)

  const caseRole = async (auth: AuthContext, caseId: string) => {
    const role = await caseRoomRole(app.database, auth, caseId)
    if (!role) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    return role
  }
  const loadRoom = async (auth: AuthContext, roomId: string) => {
    const room = await service.rooms.findById(roomId)
    if (!room || !(await roomRole(app.database, auth, room)))
      throw notFound('ROOM_NOT_FOUND', '调解室不存在或您无权进入')
    return room
  }

  app.get(
    '/cases/:caseId/rooms',
    {
      schema: {
        ...secured,
        summary: "The case's joint room (created on first use) and the caucus rooms the caller belongs to",
        params: CaseRoomsParamsSchema,
        response: { 200: RoomListSchema, ...errors },
      },
    },
    async (request) => {
      await caseRole(request.auth!, request.params.caseId)
      await service.rooms.ensureJoint(request.params.caseId, clock.now())
      return { items: await service.rooms.listForUser(request.params.caseId, request.auth!.userId) }
    },
  )

  app.post(
    '/cases/:caseId/caucus',
    {
      schema: {
        ...secured,
        summary: 'Open (or return) the caucus room of one party (背靠背); mediators of the case only',
        params: CaseRoomsParamsSchema,
        body: CreateCaucusBodySchema,
        response: { 200: RoomSchema, ...errors },
      },
    },
    async (request) => {
      const { caseId } = request.params
      const auth = request.auth!
      if ((await caseRole(auth, caseId)) !== 'mediator') {
        throw forbidden('CAUCUS_MEDIATOR_ONLY', '只有本案调解员可以发起背靠背调解')
      }
      const party = await app.database.db
        .selectFrom('case_parties')
        .select('user_id')
        .where('case_id', '=', caseId)
        .where('user_id', '=', request.body.partyUserId)
        .executeTakeFirst()
      if (!party) {
        throw badRequest('CAUCUS_PARTY_INVALID', '请选择本案的一方当事人', [
          { field: 'partyUserId', message: '不是本案当事人' },
        ])
      }
      const { room, created } = await app.database.transaction(async (tx) => {
        const result = await service.rooms.ensureCaucus(tx, caseId, request.body.partyUserId, auth.userId, clock.now())
        await app.services.audit.append(tx, {
          actorUserId: auth.userId,
          action: 'session.caucus_open',
          entityType: 'session_room',
          entityId: result.room.id,
          data: { caseId, partyUserId: request.body.partyUserId, created: result.created },
          ip: request.ip,
        })
        return result
      })
      if (created) await service.systemEvent(room.id, 'caucus_opened', { mediatorUserId: auth.userId })
      const rooms = await service.rooms.listForUser(caseId, auth.userId)
      return rooms.find((r) => r.id === room.id)!
    },
  )

  app.get(
    '/rooms/:roomId/members',
    {
      schema: {
        ...secured,
        summary: "Who takes part in the room, by name and role (the caucus picker's parties, name labels)",
        params: RoomParamsSchema,
        response: { 200: RoomMemberListSchema, ...errors },
      },
    },
    async (request) => {
      const room = await loadRoom(request.auth!, request.params.roomId)
      return { items: await roomMembers(app.database, room) }
    },
  )

  app.get(
    '/rooms/:roomId/messages',
    {
      schema: {
        ...secured,
        summary: 'Message history by seq: afterSeq (forward) or beforeSeq (scroll back), oldest first',
        params: RoomParamsSchema,
        querystring: HistoryQuerySchema,
        response: { 200: HistorySchema, ...errors },
      },
    },
    async (request) => {
      const room = await loadRoom(request.auth!, request.params.roomId)
      const { afterSeq, beforeSeq, limit = 50 } = request.query
      if (afterSeq !== undefined && beforeSeq !== undefined) {
        throw badRequest('HISTORY_QUERY_INVALID', 'afterSeq 与 beforeSeq 只能选一个', [
          { field: 'beforeSeq', message: '不能与 afterSeq 同时使用' },
        ])
      }
      const lastSeq = await service.messages.lastSeq(room.id)
      const items =
        beforeSeq !== undefined
          ? await service.messages.before(room.id, beforeSeq, limit)
          : await service.messages.after(room.id, afterSeq ?? 0, limit)
      return { items, lastSeq }
    },
  )

  app.post(
    '/rooms/:roomId/messages',
    {
      schema: {
        ...secured,
        summary: 'Send a message; a resend with the same clientMsgId returns the stored original (duplicate=true)',
        params: RoomParamsSchema,
        body: SendMessageBodySchema,
        response: { 200: SendMessageResultSchema, ...errors },
      },
    },
    async (request) => {
      const room = await loadRoom(request.auth!, request.params.roomId)
      return service.send(room, request.auth!.userId, request.body)
    },
  )
}

export default sessionsRest
