import type { Database } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import { staffRoleOn } from '../assignment/case-people'
import { caseRelation } from '../cases/case-access'

export type RecordReader =
  | { kind: 'party'; role: 'applicant' | 'respondent'; partyId: string }
  | { kind: 'mediator' }
  | { kind: 'committee_admin' }

/**
 * Parties, the case's mediators and the committee's admins read the record; the referring officer and court
 * clerk do not (it holds what the parties said in mediation). Others: 404, as for any case they cannot see.
 */
export async function recordReader(database: Database, auth: AuthContext, caseId: string): Promise<RecordReader> {
  const relation = await caseRelation(database, auth, caseId)
  if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
  if (relation === 'applicant' || relation === 'respondent') {
    const party = await database.db
      .selectFrom('case_parties')
      .select('id')
      .where('case_id', '=', caseId)
      .where('user_id', '=', auth.userId)
      .executeTakeFirstOrThrow()
    return { kind: 'party', role: relation, partyId: party.id }
  }
  if (relation === 'committee_admin') return { kind: 'committee_admin' }
  if ((await staffRoleOn(database.db, caseId, auth.userId)) === 'mediator') return { kind: 'mediator' }
  throw forbidden('RECORD_FORBIDDEN', '调解笔录仅当事人、本案调解员和调解委员会可以查看')
}

/** Only a mediator of the case writes the record (PML 27: the mediator records the mediation). */
export async function requireCaseMediator(database: Database, auth: AuthContext, caseId: string): Promise<void> {
  const reader = await recordReader(database, auth, caseId)
  if (reader.kind !== 'mediator') throw forbidden('RECORD_MEDIATOR_ONLY', '只有本案调解员可以制作和修改调解笔录')
}
