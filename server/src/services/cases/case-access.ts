import type { Database } from '../../db/database'
import type { AuthContext } from '../../plugins/app/auth'

export type CaseRelation = 'applicant' | 'respondent' | 'staff' | 'committee_admin'

/**
 * Who may see a case: its parties, the staff attached to it (mediators, the referring officer, the court
 * clerk) and the admins of the committee handling it. Nobody else — not even other mediators — so a
 * resident's dispute is only seen by those working on it.
 */
export async function caseRelation(
  database: Database,
  auth: AuthContext,
  caseId: string,
): Promise<CaseRelation | null> {
  const party = await database.db
    .selectFrom('case_parties')
    .select('role')
    .where('case_id', '=', caseId)
    .where('user_id', '=', auth.userId)
    .executeTakeFirst()
  if (party) return party.role as CaseRelation
  const staff = await database.db
    .selectFrom('case_staff')
    .select('role')
    .where('case_id', '=', caseId)
    .where('user_id', '=', auth.userId)
    .executeTakeFirst()
  if (staff) return 'staff'
  if (auth.roles.includes('committee_admin')) {
    const row = await database.db
      .selectFrom('cases')
      .innerJoin('users', 'users.organisation_id', 'cases.committee_id')
      .select('cases.id')
      .where('cases.id', '=', caseId)
      .where('users.id', '=', auth.userId)
      .executeTakeFirst()
    if (row) return 'committee_admin'
  }
  return null
}
