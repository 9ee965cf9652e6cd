import type { Database } from '../../db/database'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import type { RoomRow } from './rooms-repo'

export type RoomRole = 'applicant' | 'respondent' | 'mediator' | 'committee_admin'

/**
 * Who may be in a case's rooms. The joint room: the case's parties, its mediators and the committee's admins.
 * Other staff on the case (the referring officer, the court clerk) follow the case but not the mediation talk,
 * which is confidential. A caucus room: only its members, and only while they still belong to the case.
 */
export async function caseRoomRole(database: Database, auth: AuthContext, caseId: string): Promise<RoomRole | null> {
  const relation = await caseRelation(database, auth, caseId)
  if (relation !== 'staff') return relation
  const mediator = await database.db
    .selectFrom('case_staff')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('user_id', '=', auth.userId)
    .where('role', '=', 'mediator')
    .executeTakeFirst()
  return mediator ? 'mediator' : null
}

export async function roomRole(database: Database, auth: AuthContext, room: RoomRow): Promise<RoomRole | null> {
  const role = await caseRoomRole(database, auth, room.case_id)
  if (!role || room.kind === 'joint') return role
  const member = await database.db
    .selectFrom('session_room_members')
    .select('user_id')
    .where('room_id', '=', room.id)
    .where('user_id', '=', auth.userId)
    .executeTakeFirst()
  return member ? role : null
}
