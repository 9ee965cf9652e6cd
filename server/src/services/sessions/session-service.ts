import type { SendMessageBody, SessionMessage, SystemEvent } from '@contract/sessions'
import type { Database } from '../../db/database'
import type { Clock } from '../../lib/clock'
import { badRequest } from '../../lib/app-error'
import type { AuditLog } from '../audit/audit-log'
import { checkMessageFile } from './message-files'
import { MessagesStore, type AppendResult } from './messages-store'
import type { RoomBus, RoomEvent } from './room-bus'
import { RoomsRepo, type RoomRow } from './rooms-repo'

interface Logger {
  warn(obj: object, msg: string): void
}

/**
 * Room operations that store, audit and fan out. Every message is committed before it is published; a failed
 * publish is only logged, since connections fill gaps from the database by seq.
 */
export class SessionService {
  readonly rooms: RoomsRepo
  readonly messages: MessagesStore

  constructor(
    private readonly database: Database,
    readonly bus: RoomBus,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.rooms = new RoomsRepo(database)
    this.messages = new MessagesStore(database)
  }

  async publish(roomId: string, event: RoomEvent): Promise<void> {
    try {
      await this.bus.publish(roomId, event)
    } catch (error) {
      this.log.warn({ err: error, roomId }, 'room event not published; clients will recover it by seq')
    }
  }

  /** A participant's text, image or voice message (idempotent on clientMsgId). */
  async send(room: RoomRow, senderUserId: string, body: SendMessageBody): Promise<AppendResult> {
    const text = body.kind === 'text' ? (body.text ?? '').trim() : null
    if (body.kind === 'text' && !text) {
      throw badRequest('MESSAGE_TEXT_REQUIRED', '消息内容不能为空', [{ field: 'text', message: '请输入消息内容' }])
    }
    if (body.kind !== 'text') await checkMessageFile(this.database, room, senderUserId, body)
    const result = await this.messages.append(
      room.id,
      {
        senderUserId,
        clientMsgId: body.clientMsgId,
        kind: body.kind,
        text,
        fileId: body.kind === 'text' ? null : body.fileId,
        durationSec: body.kind === 'voice' ? body.durationSec : null,
      },
      this.clock.now(),
    )
    // A resend is published again too: the first publish may be what the client never saw confirmed.
    await this.publish(room.id, { kind: 'message', message: result.message })
    return result
  }

  /** A system event in a room (joined, left, fact marked, document shared...). */
  async systemEvent(
    roomId: string,
    event: SystemEvent,
    data: Record<string, unknown>,
    auditEntry?: { actorUserId: string | null; action: string; ip?: string | null },
  ): Promise<SessionMessage> {
    const { message } = await this.messages.append(
      roomId,
      { senderUserId: null, clientMsgId: null, kind: 'system', event, data },
      this.clock.now(),
      auditEntry
        ? (tx, stored) =>
            this.audit.append(tx, {
              ...auditEntry,
              entityType: 'session_room',
              entityId: roomId,
              data: { ...data, seq: stored.seq },
            })
        : undefined,
    )
    await this.publish(roomId, { kind: 'message', message })
    return message
  }

  /** For other modules (fact sheet, documents): records an event in a case's joint room. */
  async caseEvent(caseId: string, event: SystemEvent, data: Record<string, unknown>): Promise<SessionMessage> {
    const room = await this.rooms.ensureJoint(caseId, this.clock.now())
    return this.systemEvent(room.id, event, data)
  }

  async join(room: RoomRow, userId: string, role: string, ip: string | null): Promise<SessionMessage> {
    const message = await this.systemEvent(
      room.id,
      'joined',
      { userId, role, caseId: room.case_id },
      { actorUserId: userId, action: 'session.join', ip },
    )
    await this.publish(room.id, { kind: 'presence', userId, online: true })
    return message
  }

  async leave(room: RoomRow, userId: string, role: string, ip: string | null): Promise<SessionMessage> {
    const message = await this.systemEvent(
      room.id,
      'left',
      { userId, role, caseId: room.case_id },
      { actorUserId: userId, action: 'session.leave', ip },
    )
    await this.publish(room.id, { kind: 'presence', userId, online: false })
    return message
  }

  async markRead(room: RoomRow, userId: string, seq: number): Promise<number> {
    const lastRead = await this.messages.markRead(room.id, userId, seq, this.clock.now())
    await this.publish(room.id, { kind: 'read', userId, seq: lastRead })
    return lastRead
  }
}
