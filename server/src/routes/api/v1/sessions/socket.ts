import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { RoomParamsSchema } from '@contract/sessions'
import type { SessionService } from '../../../../services/sessions/session-service'
import { SocketSession } from './socket-session'

const SocketQuerySchema = Type.Object({
  token: Type.Optional(Type.String({ maxLength: 4096 })),
  afterSeq: Type.Optional(Type.Integer({ minimum: 0, description: 'resume at once from this seq' })),
})

/** GET /rooms/:roomId/socket — the live room (protocol in types/sessions.ts). */
const socketRoute: FastifyPluginAsyncTypebox<{ service: SessionService }> = async (app, { service }) => {
  // Leaves still being recorded when the app closes are awaited, so they reach the database and audit log.
  const inFlight = new Set<Promise<unknown>>()
  const track = (work: Promise<unknown>) => {
    inFlight.add(work)
    void work.finally(() => inFlight.delete(work))
  }
  app.addHook('onClose', async () => {
    await Promise.allSettled([...inFlight])
  })

  app.get(
    '/rooms/:roomId/socket',
    {
      websocket: true,
      schema: {
        tags: ['sessions'],
        summary: 'Live room over WebSocket; token as subprotocol beside tiaojie.v1, Bearer header or ?token=',
        params: RoomParamsSchema,
        querystring: SocketQuerySchema,
      },
    },
    (socket, request) => {
      const session = new SocketSession(app, service, socket, request, request.params.roomId, request.query, track)
      track(session.start())
    },
  )
}

export default socketRoute
