import type { Room, RoomKind } from '@contract/sessions'
import type { Database, DbTx } from '../../db/database'
import { newId } from '../../lib/ids'

export interface RoomRow {
  id: string
  case_id: string
  kind: string
  party_user_id: string | null
  room_key: string
  last_seq: number
  created_by: string | null
  created_at: string
}

const roomKey = (caseId: string, kind: RoomKind, partyUserId?: string) =>
  kind === 'joint' ? `joint:${caseId}` : `caucus:${caseId}:${partyUserId}`

/** Rooms of a case: created on first use, identified by a unique key so concurrent creators get the same room. */
export class RoomsRepo {
  constructor(private readonly database: Database) {}

  findById(id: string): Promise<RoomRow | undefined> {
    return this.database.db.selectFrom('session_rooms').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async ensureJoint(caseId: string, now: Date): Promise<RoomRow> {
    const key = roomKey(caseId, 'joint')
    await this.database.db
      .insertInto('session_rooms')
      .values({
        id: newId(),
        case_id: caseId,
        kind: 'joint',
        party_user_id: null,
        room_key: key,
        last_seq: 0,
        created_by: null,
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.column('room_key').doNothing())
      .execute()
    return this.database.db
      .selectFrom('session_rooms')
      .selectAll()
      .where('room_key', '=', key)
      .executeTakeFirstOrThrow()
  }

  /** The caucus room of one party; adds the mediator as a member. Returns whether the room is new. */
  async ensureCaucus(
    tx: DbTx,
    caseId: string,
    partyUserId: string,
    mediatorUserId: string,
    now: Date,
  ): Promise<{ room: RoomRow; created: boolean }> {
    const key = roomKey(caseId, 'caucus', partyUserId)
    const at = now.toISOString()
    const inserted = await tx
      .insertInto('session_rooms')
      .values({
        id: newId(),
        case_id: caseId,
        kind: 'caucus',
        party_user_id: partyUserId,
        room_key: key,
        last_seq: 0,
        created_by: mediatorUserId,
        created_at: at,
      })
      .onConflict((oc) => oc.column('room_key').doNothing())
      .returning('id')
      .executeTakeFirst()
    const room = await tx.selectFrom('session_rooms').selectAll().where('room_key', '=', key).executeTakeFirstOrThrow()
    for (const userId of [partyUserId, mediatorUserId]) {
      await tx
        .insertInto('session_room_members')
        .values({ room_id: room.id, user_id: userId, created_at: at })
        .onConflict((oc) => oc.columns(['room_id', 'user_id']).doNothing())
        .execute()
    }
    return { room, created: Boolean(inserted) }
  }

  /** The joint room plus the caucus rooms the user is a member of. */
  async listForUser(caseId: string, userId: string): Promise<Room[]> {
    const rows = await this.database.db
      .selectFrom('session_rooms')
      .leftJoin('session_reads', (j) =>
        j.onRef('session_reads.room_id', '=', 'session_rooms.id').on('session_reads.user_id', '=', userId),
      )
      .selectAll('session_rooms')
      .select('session_reads.last_read_seq')
      .where('session_rooms.case_id', '=', caseId)
      .where((eb) =>
        eb.or([
          eb('session_rooms.kind', '=', 'joint'),
          eb.exists(
            eb
              .selectFrom('session_room_members')
              .select('session_room_members.user_id')
              .whereRef('session_room_members.room_id', '=', 'session_rooms.id')
              .where('session_room_members.user_id', '=', userId),
          ),
        ]),
      )
      .orderBy('session_rooms.kind', 'desc') // 'joint' before 'caucus'
      .orderBy('session_rooms.created_at')
      .orderBy('session_rooms.id')
      .execute()
    const members = await this.membersOf(rows.filter((r) => r.kind === 'caucus').map((r) => r.id))
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      kind: r.kind as RoomKind,
      partyUserId: r.party_user_id,
      memberUserIds: members.get(r.id) ?? [],
      lastSeq: r.last_seq,
      myLastReadSeq: r.last_read_seq ?? 0,
      createdAt: r.created_at,
    }))
  }

  private async membersOf(roomIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>()
    if (roomIds.length === 0) return map
    const rows = await this.database.db
      .selectFrom('session_room_members')
      .select(['room_id', 'user_id'])
      .where('room_id', 'in', roomIds)
      .orderBy('created_at')
      .orderBy('user_id')
      .execute()
    for (const r of rows) map.set(r.room_id, [...(map.get(r.room_id) ?? []), r.user_id])
    return map
  }
}
