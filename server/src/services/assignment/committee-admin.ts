import type { Database, DbTx } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import { loadCase, organisationOf, type CaseRow } from './case-people'

type Db = Database['db'] | DbTx

/**
 * The case, when the caller administers the committee it is filed with. Cases of other committees are
 * reported as missing so their existence is not revealed.
 */
export async function caseForCommitteeAdmin(db: Db, caseId: string, auth: AuthContext): Promise<CaseRow> {
  if (!auth.roles.includes('committee_admin'))
    throw forbidden('COMMITTEE_ADMIN_ONLY', '只有调解委员会管理员可以进行此操作')
  const committeeId = await organisationOf(db, auth.userId)
  const kase = await loadCase(db, caseId).catch(() => null)
  if (!kase || !committeeId || kase.committee_id !== committeeId) {
    throw notFound('CASE_NOT_FOUND', '案件不存在或不属于本调解委员会')
  }
  return kase
}
