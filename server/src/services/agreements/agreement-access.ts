import type { Database } from '../../db/database'
import { notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import { AgreementsRepo, type CaseForAgreement } from './agreements-repo'

export const CASE_NOT_FOUND = () => notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
export const NO_AGREEMENT = () => notFound('AGREEMENT_NOT_FOUND', '本案尚未起草调解协议')

/** The case for drafting, if this user may see it (outsiders get the same 404 as a missing case). */
export async function readableAgreementCase(
  database: Database,
  auth: AuthContext,
  caseId: string,
): Promise<CaseForAgreement> {
  if (!(await caseRelation(database, auth, caseId))) throw CASE_NOT_FOUND()
  const kase = await new AgreementsRepo().loadCase(database.db, caseId)
  if (!kase) throw CASE_NOT_FOUND()
  return kase
}
