import type { RoomMember, RoomMemberRole } from '@contract/sessions'
import type { Database } from '../../db/database'
import type { RoomRow } from './rooms-repo'

const ROLE_ORDER: Record<RoomMemberRole, number> = { applicant: 0, respondent: 1, mediator: 2 }

/**
 * Who takes part in a room, with names: in the joint room the case's parties (as named on the case, with or
 * without an account) and its mediators; in a caucus room only its members who still belong to the case.
 * Committee admins may enter to supervise but are not participants, so they are not listed.
 */
export async function roomMembers(database: Database, room: RoomRow): Promise<RoomMember[]> {
  const db = database.db
  const parties = await db
    .selectFrom('case_parties')
    .select(['user_id', 'name', 'role'])
    .where('case_id', '=', room.case_id)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const mediators = await db
    .selectFrom('case_staff')
    .innerJoin('users', 'users.id', 'case_staff.user_id')
    .select(['users.id as user_id', 'users.display_name as name'])
    .where('case_staff.case_id', '=', room.case_id)
    .where('case_staff.role', '=', 'mediator')
    .orderBy('case_staff.created_at')
    .orderBy('users.id')
    .execute()

  const seen = new Set<string>()
  const members: RoomMember[] = []
  const add = (userId: string | null, name: string, role: RoomMemberRole) => {
    if (userId !== null) {
      if (seen.has(userId)) return
      seen.add(userId)
    }
    members.push({ userId, name: name.trim() || '未署名', role })
  }
  for (const party of parties) {
    if (party.role === 'applicant' || party.role === 'respondent') add(party.user_id, party.name, party.role)
  }
  for (const mediator of mediators) add(mediator.user_id, mediator.name, 'mediator')
  members.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])

  if (room.kind === 'joint') return members
  const inRoom = await db.selectFrom('session_room_members').select('user_id').where('room_id', '=', room.id).execute()
  const memberIds = new Set(inRoom.map((row) => row.user_id))
  return members.filter((member) => member.userId !== null && memberIds.has(member.userId))
}
