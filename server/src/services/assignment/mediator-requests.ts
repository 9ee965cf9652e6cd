import type { MediatorRequestResult } from '@contract/assignment'
import { badRequest, conflict, forbidden, notFound } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import type { RequestMeta } from '../invitations/invitation-service'
import type { AssignmentService } from './assignment-service'
import { loadCase } from './case-people'
import { committeeMediators } from './mediator-ranking'
import { auditCase, runWithNotices, type WorkflowDeps } from './workflow-tx'

async function partyOnly(deps: WorkflowDeps, caseId: string, auth: AuthContext): Promise<void> {
  const relation = await caseRelation(deps.database, auth, caseId)
  if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
  if (relation !== 'applicant' && relation !== 'respondent') {
    throw forbidden('PARTY_ONLY', '只有当事人可以选择调解员')
  }
}

/** The committee's mediators a party may choose from (OMR 5: profiles published so parties can choose). */
export async function mediatorOptions(deps: WorkflowDeps, caseId: string, auth: AuthContext) {
  await partyOnly(deps, caseId, auth)
  const kase = await loadCase(deps.database.db, caseId)
  if (!kase.committee_id) return []
  const mediators = await committeeMediators(deps.database.db, kase.committee_id)
  return mediators
    .map((m) => ({ userId: m.userId, name: m.name, specialities: m.specialities }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

/**
 * A party asks for a named mediator (PML 19). The request is always recorded; it is honoured when the
 * mediator belongs to the case's committee: at once if the case is accepted, else when it is accepted.
 */
export async function requestMediator(
  deps: WorkflowDeps,
  assignment: AssignmentService,
  caseId: string,
  mediatorUserId: string,
  meta: RequestMeta,
): Promise<MediatorRequestResult> {
  await partyOnly(deps, caseId, meta.auth)
  let result: MediatorRequestResult = { status: 'open', message: '' }
  await runWithNotices(deps, async (tx, notices, now) => {
    const kase = await loadCase(tx, caseId)
    if (!['pending_acceptance', 'accepted', 'in_mediation'].includes(kase.status)) {
      throw conflict('CASE_STATE_INVALID', '案件已结束，不能再选择调解员')
    }
    const inCommittee =
      kase.committee_id !== null &&
      (await committeeMediators(tx, kase.committee_id)).some((m) => m.userId === mediatorUserId)
    if (
      !inCommittee &&
      !(await tx.selectFrom('users').select('id').where('id', '=', mediatorUserId).executeTakeFirst())
    ) {
      throw badRequest('MEDIATOR_NOT_FOUND', '所选调解员不存在，请从列表中选择', [
        { field: 'mediatorUserId', message: '调解员不存在' },
      ])
    }
    const status: MediatorRequestResult['status'] = inCommittee ? 'open' : 'not_available'
    await tx
      .insertInto('mediator_requests')
      .values({
        id: newId(),
        case_id: caseId,
        requested_by: meta.auth.userId,
        mediator_user_id: mediatorUserId,
        status,
        created_at: now.toISOString(),
      })
      .execute()
    await auditCase(deps, tx, meta, 'case.mediator_request', caseId, { mediatorUserId, status, basis: 'PML 19' })
    if (!inCommittee) {
      result = { status, message: '该调解员不属于受理本案的调解委员会，已记录您的选择，调解委员会将另行指派' }
      return
    }
    const assigned = await tx
      .selectFrom('mediator_assignments')
      .select('status')
      .where('case_id', '=', caseId)
      .where('mediator_user_id', '=', mediatorUserId)
      .where('status', 'in', ['pending', 'accepted', 'conflict'])
      .executeTakeFirst()
    if (assigned?.status === 'conflict') {
      await tx
        .updateTable('mediator_requests')
        .set({ status: 'not_available' })
        .where('case_id', '=', caseId)
        .where('mediator_user_id', '=', mediatorUserId)
        .where('status', '=', 'open')
        .execute()
      result = { status: 'not_available', message: '该调解员已就本案申报利益冲突，不能调解本案，请另选' }
      return
    }
    if (assigned || kase.status !== 'pending_acceptance') {
      if (!assigned) await assignment.assignInTx(tx, kase, mediatorUserId, 'party_request', meta, notices, now)
      await tx
        .updateTable('mediator_requests')
        .set({ status: 'honoured' })
        .where('case_id', '=', caseId)
        .where('mediator_user_id', '=', mediatorUserId)
        .where('status', '=', 'open')
        .execute()
      result = { status: 'honoured', message: '已按您的选择指派该调解员，待其确认' }
      return
    }
    result = { status: 'open', message: '已记录您的选择，调解委员会受理案件后将指派该调解员' }
  })
  return result
}
