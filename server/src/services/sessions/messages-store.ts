import { sql } from 'kysely'
import type { MessageKind, ReadReceipt, SessionMessage, SystemEvent } from '@contract/sessions'
import type { Database, Db, DbTx } from '../../db/database'
import { parseJson } from '../../lib/json'

export interface NewMessage {
  senderUserId: string | null
  clientMsgId: string | null
  kind: MessageKind
  text?: string | null
  fileId?: string | null
  durationSec?: number | null
  event?: SystemEvent | null
  data?: Record<string, unknown>
}

export interface AppendResult {
  message: SessionMessage
  duplicate: boolean
}

type MessageRow = {
  room_id: string
  seq: number
  sender_user_id: string | null
  client_msg_id: string | null
  kind: string
  text: string | null
  file_id: string | null
  duration_sec: number | null
  event: string | null
  data: string
  created_at: string
}

function toMessage(row: MessageRow): SessionMessage {
  return {
    roomId: row.room_id,
    seq: Number(row.seq),
    senderUserId: row.sender_user_id,
    clientMsgId: row.client_msg_id,
    kind: row.kind as MessageKind,
    text: row.text,
    fileId: row.file_id,
    durationSec: row.duration_sec,
    event: row.event as SystemEvent | null,
    data: parseJson<Record<string, unknown>>(row.data, {}),
    createdAt: row.created_at,
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code
  return code === '23505' || (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
}

type MessageDraft = Omit<MessageRow, 'seq'>

/**
 * Stored room messages. The seq comes from bumping the room's `last_seq` in the same transaction that stores the
 * message: that row lock (PostgreSQL) or the write lock (SQLite) serialises writers per room, and a rollback (a
 * resend's unique violation included) returns the number, so the sequence has no gaps — and once seq N is
 * visible, every seq below it is committed too.
 *
 * On PostgreSQL the bump and the insert are one statement (a data-modifying CTE), which is its own transaction
 * when nothing else must commit with it: one round trip per message instead of four (BEGIN, UPDATE, INSERT,
 * COMMIT), and the room's row lock is no longer held across network round trips. Under CPU contention each round
 * trip costs scheduler wake-ups on both sides, so this shortens the tail of the send path (bench/README.md).
 */
export class MessagesStore {
  constructor(private readonly database: Database) {}

  async append(
    roomId: string,
    input: NewMessage,
    now: Date,
    alsoInTx?: (tx: DbTx, message: SessionMessage) => Promise<void>,
  ): Promise<AppendResult> {
    const draft: MessageDraft = {
      room_id: roomId,
      sender_user_id: input.senderUserId,
      client_msg_id: input.clientMsgId,
      kind: input.kind,
      text: input.text ?? null,
      file_id: input.fileId ?? null,
      duration_sec: input.durationSec ?? null,
      event: input.event ?? null,
      data: JSON.stringify(input.data ?? {}),
      created_at: now.toISOString(),
    }
    // No look-up first: a resend is rare, so it is found by the unique (room, sender, clientMsgId) violation.
    try {
      const message =
        this.database.dialect === 'postgres' && !alsoInTx
          ? await this.storeNext(this.database.db, draft)
          : await this.database.transaction(async (tx) => {
              const stored = await this.storeNext(tx, draft)
              if (alsoInTx) await alsoInTx(tx, stored)
              return stored
            })
      return { message, duplicate: false }
    } catch (error) {
      // This client message is already stored (a resend, or a concurrent copy that won): return the original.
      if (!isUniqueViolation(error)) throw error
      const winner = await this.findByClientId(roomId, input.senderUserId, input.clientMsgId)
      if (!winner) throw error
      return { message: winner, duplicate: true }
    }
  }

  /**
   * Takes the room's next seq and stores the message under it. PostgreSQL: one atomic statement (safe outside a
   * transaction). SQLite: two statements, so `db` must be a transaction; the first one writes, so the transaction
   * takes the write lock before it reads anything.
   */
  private async storeNext(db: Db, draft: MessageDraft): Promise<SessionMessage> {
    if (this.database.dialect === 'postgres') {
      const stored = await db
        .with('bumped', (qb) =>
          qb
            .updateTable('session_rooms')
            .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
            .where('id', '=', draft.room_id)
            .returning('last_seq'),
        )
        .insertInto('session_messages')
        // No room → a null seq → a not-null violation: the statement fails as a whole, like the SQLite path.
        .values((eb) => ({ ...draft, seq: eb.selectFrom('bumped').select('last_seq') }))
        .returning('seq')
        .executeTakeFirstOrThrow()
      return toMessage({ ...draft, seq: Number(stored.seq) })
    }
    const { last_seq } = await db
      .updateTable('session_rooms')
      .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
      .where('id', '=', draft.room_id)
      .returning('last_seq')
      .executeTakeFirstOrThrow()
    const row: MessageRow = { ...draft, seq: Number(last_seq) }
    await db.insertInto('session_messages').values(row).execute()
    return toMessage(row)
  }

  private async findByClientId(
    roomId: string,
    senderUserId: string | null,
    clientMsgId: string | null,
  ): Promise<SessionMessage | null> {
    if (!senderUserId || !clientMsgId) return null
    const row = await this.database.db
      .selectFrom('session_messages')
      .selectAll()
      .where('room_id', '=', roomId)
      .where('sender_user_id', '=', senderUserId)
      .where('client_msg_id', '=', clientMsgId)
      .executeTakeFirst()
    return row ? toMessage(row) : null
  }

  /** Messages with seq > afterSeq, oldest first. */
  async after(roomId: string, afterSeq: number, limit: number): Promise<SessionMessage[]> {
    const rows = await this.database.db
      .selectFrom('session_messages')
      .selectAll()
      .where('room_id', '=', roomId)
      .where('seq', '>', afterSeq)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute()
    return rows.map(toMessage)
  }

  /** The `limit` messages just before beforeSeq, oldest first (scrolling back). */
  async before(roomId: string, beforeSeq: number, limit: number): Promise<SessionMessage[]> {
    const rows = await this.database.db
      .selectFrom('session_messages')
      .selectAll()
      .where('room_id', '=', roomId)
      .where('seq', '<', beforeSeq)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute()
    return rows.map(toMessage).reverse()
  }

  async lastSeq(roomId: string): Promise<number> {
    const row = await this.database.db
      .selectFrom('session_rooms')
      .select('last_seq')
      .where('id', '=', roomId)
      .executeTakeFirst()
    return Number(row?.last_seq ?? 0)
  }

  /** Moves the user's read position forward (never back, never past the room's last seq); returns it. */
  async markRead(roomId: string, userId: string, seq: number, now: Date): Promise<number> {
    const capped = Math.min(seq, await this.lastSeq(roomId))
    const larger = this.database.dialect === 'postgres' ? sql`greatest` : sql`max`
    await this.database.db
      .insertInto('session_reads')
      .values({ room_id: roomId, user_id: userId, last_read_seq: capped, updated_at: now.toISOString() })
      .onConflict((oc) =>
        oc.columns(['room_id', 'user_id']).doUpdateSet({
          last_read_seq: sql<number>`${larger}(session_reads.last_read_seq, excluded.last_read_seq)`,
          updated_at: now.toISOString(),
        }),
      )
      .execute()
    const row = await this.database.db
      .selectFrom('session_reads')
      .select('last_read_seq')
      .where('room_id', '=', roomId)
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow()
    return Number(row.last_read_seq)
  }

  async reads(roomId: string): Promise<ReadReceipt[]> {
    const rows = await this.database.db
      .selectFrom('session_reads')
      .select(['user_id', 'last_read_seq'])
      .where('room_id', '=', roomId)
      .orderBy('user_id')
      .execute()
    return rows.map((r) => ({ userId: r.user_id, lastReadSeq: Number(r.last_read_seq) }))
  }
}
