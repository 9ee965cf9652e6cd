import type { TransferBody } from '@contract/assignment'
import { badRequest, conflict } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import type { RequestMeta } from '../invitations/invitation-service'
import { committeeAdminIds, ensureProgress, partyUserIds, referringOfficer } from './case-people'
import { caseForCommitteeAdmin } from './committee-admin'
import { auditCase, runWithNotices, type WorkflowDeps } from './workflow-tx'

/**
 * Hands a case the committee should not handle to another committee, with a reason. The new committee
 * accepts afresh and appoints its own mediators, so acceptance, deadline and assignments are cleared.
 */
export async function transferCase(deps: WorkflowDeps, caseId: string, body: TransferBody, meta: RequestMeta) {
  const kase = await caseForCommitteeAdmin(deps.database.db, caseId, meta.auth)
  const target = await deps.database.db
    .selectFrom('organisations')
    .select(['id', 'name', 'type', 'active'])
    .where('id', '=', body.committeeId)
    .executeTakeFirst()
  if (!target || target.type !== 'mediation_committee' || target.active !== 1) {
    throw badRequest('COMMITTEE_INVALID', '目标调解委员会不存在或已停用', [
      { field: 'committeeId', message: '调解委员会无效' },
    ])
  }
  if (target.id === kase.committee_id) {
    throw badRequest('TRANSFER_SAME_COMMITTEE', '不能移交给本调解委员会', [
      { field: 'committeeId', message: '与当前调解委员会相同' },
    ])
  }
  const reason = body.reason.trim()
  if (reason.length < 2) {
    throw badRequest('TRANSFER_REASON_REQUIRED', '请填写移交原因', [{ field: 'reason', message: '移交原因不能为空' }])
  }
  await runWithNotices(deps, async (tx, notices, now) => {
    const stamp = now.toISOString()
    const updated = await tx
      .updateTable('cases')
      .set({ committee_id: target.id, status: 'pending_acceptance', updated_at: stamp })
      .where('id', '=', caseId)
      .where('status', 'in', ['pending_acceptance', 'accepted'])
      .where('committee_id', '=', kase.committee_id)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('CASE_STATE_INVALID', '调解已开始或案件已结束，不能移交')
    await tx
      .insertInto('case_transfers')
      .values({
        id: newId(),
        case_id: caseId,
        from_committee_id: kase.committee_id,
        to_committee_id: target.id,
        reason,
        transferred_by: meta.auth.userId,
        created_at: stamp,
      })
      .execute()
    await ensureProgress(tx, caseId, now)
    await tx
      .updateTable('case_progress')
      .set({
        accepted_at: null,
        accepted_by: null,
        deadline_days: null,
        deadline_at: null,
        deadline_basis: null,
        updated_at: stamp,
      })
      .where('case_id', '=', caseId)
      .execute()
    await tx.deleteFrom('case_staff').where('case_id', '=', caseId).where('role', '=', 'mediator').execute()
    await tx
      .updateTable('mediator_assignments')
      .set({ status: 'withdrawn', answered_at: stamp })
      .where('case_id', '=', caseId)
      .where('status', 'in', ['pending', 'accepted'])
      .execute()
    // A named mediator belongs to the old committee; the parties may ask again at the new one.
    await tx
      .updateTable('mediator_requests')
      .set({ status: 'not_available' })
      .where('case_id', '=', caseId)
      .where('status', 'in', ['open', 'honoured'])
      .execute()
    await auditCase(deps, tx, meta, 'case.transfer', caseId, {
      fromCommitteeId: kase.committee_id,
      toCommitteeId: target.id,
      reason,
    })
    const people = new Set([
      ...(await partyUserIds(tx, caseId)).map((p) => p.userId),
      ...(await committeeAdminIds(tx, target.id)),
    ])
    const officer = await referringOfficer(tx, caseId)
    if (officer) people.add(officer)
    for (const userId of people) {
      notices.push({
        userId,
        kind: 'case_transferred',
        title: '案件已移交其他调解委员会',
        body: `案件${kase.case_number}已移交${target.name}，原因：${reason}`,
        caseId,
      })
    }
  })
}
