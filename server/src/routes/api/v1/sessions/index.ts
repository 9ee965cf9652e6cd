import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import websocket from '@fastify/websocket'
import { InProcessRoomBus, type RoomBus } from '../../../../services/sessions/room-bus'
import { RedisRoomBus } from '../../../../services/sessions/redis-room-bus'
import { SessionService } from '../../../../services/sessions/session-service'
import { Schedules } from '../../../../services/sessions/schedules'
import sessionsRest from './rest'
import schedulesRoutes from './schedules'
import socketRoute from './socket'
import { selectSubprotocol } from './socket-auth'

export interface SessionsOptions {
  /** Injected by tests; otherwise Redis when REDIS_URL is set, else in-process. */
  bus?: RoomBus
  /** Redis channel prefix; tests use one per suite so parallel suites do not hear each other. */
  redisKeyPrefix?: string
}

/**
 * Live mediation sessions (prefix /sessions): REST for rooms and history, and the room socket. The WebSocket
 * plugin is registered here, encapsulated, so only this area accepts upgrades.
 */
const sessions: FastifyPluginAsyncTypebox<SessionsOptions> = async (app, options) => {
  const config = app.config
  const prefix = options.redisKeyPrefix ?? config.REDIS_KEY_PREFIX
  const bus = options.bus ?? (config.REDIS_URL ? new RedisRoomBus(config.REDIS_URL, prefix) : new InProcessRoomBus())
  const service = new SessionService(app.database, bus, app.services.audit, app.services.clock, app.log)
  // Closed after the sockets (their leaves still publish); an injected bus belongs to whoever injected it.
  app.addHook('onClose', async () => {
    if (!options.bus) await bus.close()
  })

  await app.register(websocket, {
    options: { maxPayload: 64 * 1024, handleProtocols: selectSubprotocol },
  })
  await app.register(sessionsRest, { service })
  await app.register(socketRoute, { service })
  const schedules = new Schedules(app.database, app.services.audit, app.services.clock, service)
  await app.register(schedulesRoutes, { schedules })
}

export default sessions
