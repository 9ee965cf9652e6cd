import type { Database } from '../../db/database'
import type { CaseBinding } from '../../domain/intake/engine/types'
import { conflict, forbidden, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import { loadCase, type CaseRow } from '../assignment/case-people'
import { caseRelation } from '../cases/case-access'

/** Case statuses in which a party can still add their side. */
const OPEN_STATUSES = ['pending_acceptance', 'accepted', 'in_mediation']

export interface BoundCase {
  kase: CaseRow
  binding: CaseBinding
  respondent: { name: string; kind: 'person' | 'organisation' } | null
  /** The officer's account from the referral, '' when the case was not referred by the police. */
  referralFacts: string
}

/**
 * Only a party who has claimed their side of the case may continue it; strangers get 404 (the case's existence is
 * not revealed), staff 403, and a closed case 409.
 */
export async function boundCase(database: Database, auth: AuthContext, caseId: string): Promise<BoundCase> {
  const relation = await caseRelation(database, auth, caseId)
  if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
  if (relation !== 'applicant' && relation !== 'respondent') {
    throw forbidden('PARTY_ONLY', '只有认领了本案的当事人可以补充陈述')
  }
  const kase = await loadCase(database.db, caseId)
  if (!OPEN_STATUSES.includes(kase.status)) {
    throw conflict('CASE_STATE_INVALID', '案件已结束或已终止，不能再补充陈述')
  }
  const db = database.db
  const party = await db
    .selectFrom('case_parties')
    .select(['name', 'kind'])
    .where('case_id', '=', caseId)
    .where('role', '=', 'respondent')
    .executeTakeFirst()
  const referral = await db.selectFrom('referrals').select('facts').where('case_id', '=', caseId).executeTakeFirst()
  return {
    kase,
    binding: { caseId, role: relation },
    respondent: party ? { name: party.name, kind: party.kind === 'organisation' ? 'organisation' : 'person' } : null,
    referralFacts: referral?.facts ?? '',
  }
}
