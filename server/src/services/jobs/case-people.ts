import type { Db } from '../../db/database'

/** The accounts holding a staff role on the case (mediators, or the court clerk who filed it). */
export async function caseStaffIds(db: Db, caseId: string, role: 'mediator' | 'court_clerk'): Promise<string[]> {
  const rows = await db
    .selectFrom('case_staff')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('role', '=', role)
    .execute()
  return rows.map((r) => r.user_id)
}
