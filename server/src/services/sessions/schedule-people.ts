import type { RoomMemberRole } from '@contract/sessions'
import type { Database } from '../../db/database'

export interface AnswerPerson {
  name: string
  role: RoomMemberRole | null
}

/**
 * Who answered a proposal, by name and role, so the client needs no extra calls: a party as named on the case,
 * a mediator of the case by account name; someone no longer on the case (a party rebound to another account)
 * keeps the account name with no role. Returns a lookup by (case, user).
 */
export async function answerPeople(
  database: Database,
  caseIds: string[],
  userIds: string[],
): Promise<(caseId: string, userId: string) => AnswerPerson> {
  const found = new Map<string, AnswerPerson>()
  const key = (caseId: string, userId: string) => `${caseId}\u0000${userId}`
  if (caseIds.length === 0 || userIds.length === 0) return () => ({ name: '未署名', role: null })
  const db = database.db
  const users = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
  const accountName = new Map(users.map((u) => [u.id, u.display_name.trim()]))
  const mediators = await db
    .selectFrom('case_staff')
    .select(['case_id', 'user_id'])
    .where('case_id', 'in', caseIds)
    .where('user_id', 'in', userIds)
    .where('role', '=', 'mediator')
    .execute()
  for (const m of mediators)
    found.set(key(m.case_id, m.user_id), { name: accountName.get(m.user_id) ?? '', role: 'mediator' })
  const parties = await db
    .selectFrom('case_parties')
    .select(['case_id', 'user_id', 'name', 'role'])
    .where('case_id', 'in', caseIds)
    .where('user_id', 'in', userIds)
    .orderBy('created_at')
    .execute()
  // A party role wins over staff; the first party row wins when one account holds two.
  for (const p of [...parties].reverse()) {
    if (p.user_id && (p.role === 'applicant' || p.role === 'respondent')) {
      found.set(key(p.case_id, p.user_id), { name: p.name.trim(), role: p.role })
    }
  }
  return (caseId, userId) => {
    const person = found.get(key(caseId, userId)) ?? { name: accountName.get(userId) ?? '', role: null }
    return { name: person.name || accountName.get(userId) || '未署名', role: person.role }
  }
}
