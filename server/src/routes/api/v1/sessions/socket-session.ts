import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { WebSocket } from 'ws'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { ClientFrameSchema, SOCKET_CLOSE_CODES, type ClientFrame, type ServerFrame } from '@contract/sessions'
import { AppError } from '../../../../lib/app-error'
import type { AuthContext } from '../../../../plugins/app/auth'
import { OrderedDelivery } from '../../../../services/sessions/ordered-delivery'
import { roomRole, type RoomRole } from '../../../../services/sessions/room-access'
import type { RoomEvent, Unsubscribe } from '../../../../services/sessions/room-bus'
import type { RoomRow } from '../../../../services/sessions/rooms-repo'
import type { SessionService } from '../../../../services/sessions/session-service'
import { authenticateSocket, socketToken } from './socket-auth'

const clientFrame = TypeCompiler.Compile(ClientFrameSchema)
/** A client this far behind is cut off; it resumes from its last seq on reconnect. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024
/** Typing indicators are relayed at most this often per socket; clients send one per keystroke burst. */
const TYPING_INTERVAL_MS = 1000

export interface SocketQuery {
  token?: string
  afterSeq?: number
}

/**
 * One participant's socket in one room: authenticates, checks access, joins (audited), relays room events in
 * seq order through OrderedDelivery and handles the client's frames. Frames that arrive during the async
 * start are queued, not dropped.
 */
export class SocketSession {
  private auth: AuthContext | null = null
  private room: RoomRow | null = null
  private role: RoomRole | null = null
  private unsubscribe: Unsubscribe | null = null
  private pendingFrames: string[] | null = []
  private closed = false
  private lastTypingAt = 0
  private readonly delivery: OrderedDelivery

  constructor(
    private readonly app: FastifyInstance,
    private readonly service: SessionService,
    private readonly socket: WebSocket,
    private readonly request: FastifyRequest,
    private readonly roomId: string,
    private readonly query: SocketQuery,
    private readonly track: (work: Promise<unknown>) => void,
  ) {
    this.delivery = new OrderedDelivery(
      (afterSeq, limit) => this.service.messages.after(this.roomId, afterSeq, limit),
      (message) => this.send({ type: 'message', message }),
      (error) => this.fail(error),
    )
    socket.on('message', (data) => {
      const text = data.toString()
      if (this.pendingFrames) this.pendingFrames.push(text)
      else void this.handleFrame(text)
    })
    socket.on('close', () => this.track(this.finish()))
    socket.on('error', () => undefined)
  }

  async start(): Promise<void> {
    try {
      this.auth = await authenticateSocket(this.app, socketToken(this.request, this.query.token))
      if (!this.auth) return this.close(SOCKET_CLOSE_CODES.unauthorized, 'AUTH_REQUIRED')
      const room = await this.service.rooms.findById(this.roomId)
      const role = room && (await roomRole(this.app.database, this.auth, room))
      if (!room || !role) return this.close(SOCKET_CLOSE_CODES.notFound, 'ROOM_NOT_FOUND')
      // Subscribe before anything is read, so no event falls between the read and the subscription.
      const unsubscribe = await this.service.bus.subscribe(room.id, (event) => this.onEvent(event))
      if (this.closed) return void (await unsubscribe())
      this.unsubscribe = unsubscribe
      this.room = room
      this.role = role
      await this.service.join(room, this.auth.userId, role, this.request.ip)
      this.send({
        type: 'ready',
        roomId: room.id,
        caseId: room.case_id,
        kind: room.kind as 'joint' | 'caucus',
        lastSeq: await this.service.messages.lastSeq(room.id),
        reads: await this.service.messages.reads(room.id),
      })
      if (this.query.afterSeq !== undefined) this.resume(this.query.afterSeq)
      const queued = this.pendingFrames ?? []
      this.pendingFrames = null
      for (const frame of queued) await this.handleFrame(frame)
    } catch (error) {
      this.fail(error)
    }
  }

  private onEvent(event: RoomEvent): void {
    if (event.kind === 'message') return this.delivery.live(event.message)
    if (event.kind === 'resync') return this.delivery.catchUp()
    if (event.kind === 'typing') {
      if (event.userId !== this.auth?.userId) this.send({ type: 'typing', userId: event.userId })
      return
    }
    if (event.kind === 'presence') return this.send({ type: 'presence', userId: event.userId, online: event.online })
    this.send({ type: 'read', userId: event.userId, seq: event.seq })
  }

  private resume(afterSeq: number): void {
    // A position past the room's end (a stale or restored client) would hold back every later message.
    this.service.messages
      .lastSeq(this.roomId)
      .then((lastSeq) => this.delivery.resume(Math.min(afterSeq, lastSeq)))
      .then((lastSeq) => this.send({ type: 'resumed', lastSeq }))
      .catch((error) => this.fail(error))
  }

  private async handleFrame(text: string): Promise<void> {
    if (this.closed || !this.room || !this.auth) return
    let frame: ClientFrame
    try {
      frame = JSON.parse(text) as ClientFrame
    } catch {
      return this.send({ type: 'error', code: 'FRAME_INVALID', message: '消息格式错误' })
    }
    if (!clientFrame.Check(frame)) {
      const first = clientFrame.Errors(frame).First()
      const field = first?.path.replace(/^\//, '') || undefined
      return this.send({ type: 'error', code: 'FRAME_INVALID', message: '消息格式错误', field })
    }
    try {
      await this.dispatch(frame, this.room, this.auth)
    } catch (error) {
      const clientMsgId = frame.type === 'send' ? frame.clientMsgId : undefined
      if (error instanceof AppError) {
        const field = error.details?.[0]?.field
        return this.send({ type: 'error', code: error.code, message: error.message, field, clientMsgId })
      }
      this.request.log.error({ err: error }, 'session frame failed')
      this.send({ type: 'error', code: 'INTERNAL', message: '服务暂时不可用，请稍后重试', clientMsgId })
    }
  }

  private async dispatch(frame: ClientFrame, room: RoomRow, auth: AuthContext): Promise<void> {
    switch (frame.type) {
      case 'resume':
        return this.resume(frame.afterSeq)
      case 'send': {
        const { type: _type, ...body } = frame
        const { message, duplicate } = await this.service.send(room, auth.userId, body)
        return this.send({ type: 'ack', clientMsgId: frame.clientMsgId, seq: message.seq, duplicate })
      }
      case 'typing': {
        if (Date.now() - this.lastTypingAt < TYPING_INTERVAL_MS) return
        this.lastTypingAt = Date.now()
        return this.service.publish(room.id, { kind: 'typing', userId: auth.userId })
      }
      case 'read':
        await this.service.markRead(room, auth.userId, frame.seq)
        return
      case 'ping':
        return this.send({ type: 'pong' })
    }
  }

  private send(frame: ServerFrame): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      return this.close(SOCKET_CLOSE_CODES.serverError, 'SLOW_CONSUMER')
    }
    this.socket.send(JSON.stringify(frame))
  }

  private fail(error: unknown): void {
    this.request.log.error({ err: error, roomId: this.roomId }, 'session socket failed')
    this.close(SOCKET_CLOSE_CODES.serverError, 'INTERNAL')
  }

  private close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason)
    }
  }

  /** On close: stop listening, then record the leave (only for sockets that had joined). */
  private async finish(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.unsubscribe?.()
    if (!this.room || !this.auth || !this.role) return
    try {
      await this.service.leave(this.room, this.auth.userId, this.role, this.request.ip)
    } catch (error) {
      this.request.log.warn({ err: error, roomId: this.roomId }, 'leave not recorded')
    }
  }
}
