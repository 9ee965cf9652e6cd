import type { AssignmentAnswerBody } from '@contract/assignment'
import { badRequest, conflict, notFound } from '../../lib/app-error'
import type { RequestMeta } from '../invitations/invitation-service'
import { committeeAdminIds, loadCase, partyUserIds } from './case-people'
import { auditCase, runWithNotices, type WorkflowDeps } from './workflow-tx'

/**
 * The assigned mediator accepts, or declares a conflict of interest (OMR 13: a party or close relative, an
 * interest in the dispute, other ties). A conflict withdraws them from the case and asks the committee to
 * reassign; acceptance starts the mediation and tells the parties who mediates.
 */
export async function answerAssignment(
  deps: WorkflowDeps,
  caseId: string,
  body: AssignmentAnswerBody,
  meta: RequestMeta,
): Promise<{ status: 'accepted' | 'conflict' }> {
  const note = body.note?.trim() || null
  if (body.conflictOfInterest && !note) {
    throw badRequest('CONFLICT_NOTE_REQUIRED', '请说明利益冲突的情况（如系当事人近亲属、与纠纷有利害关系等）', [
      { field: 'note', message: '申报利益冲突时须说明' },
    ])
  }
  const assignment = await deps.database.db
    .selectFrom('mediator_assignments')
    .select('id')
    .where('case_id', '=', caseId)
    .where('mediator_user_id', '=', meta.auth.userId)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  if (!assignment) throw notFound('ASSIGNMENT_NOT_FOUND', '您在本案没有待确认的调解指派')
  const status = body.conflictOfInterest ? 'conflict' : 'accepted'
  await runWithNotices(deps, async (tx, notices, now) => {
    const stamp = now.toISOString()
    const kase = await loadCase(tx, caseId)
    const done = await tx
      .updateTable('mediator_assignments')
      .set({ status, conflict_note: note, answered_at: stamp })
      .where('id', '=', assignment.id)
      .where('status', '=', 'pending')
      .executeTakeFirst()
    if (Number(done.numUpdatedRows) !== 1) throw conflict('ASSIGNMENT_ALREADY_ANSWERED', '该指派已确认过')
    if (status === 'conflict') {
      await tx
        .deleteFrom('case_staff')
        .where('case_id', '=', caseId)
        .where('user_id', '=', meta.auth.userId)
        .where('role', '=', 'mediator')
        .execute()
      await auditCase(deps, tx, meta, 'case.mediator_conflict', caseId, { note, basis: 'OMR 13' })
      for (const userId of await committeeAdminIds(tx, kase.committee_id)) {
        notices.push({
          userId,
          kind: 'reassignment_needed',
          title: '调解员申报利益冲突，需重新指派',
          body: `案件${kase.case_number}的调解员申报了利益冲突，请重新指派调解员。`,
          caseId,
        })
      }
      return
    }
    const toStatus = kase.status === 'accepted' ? 'in_mediation' : kase.status
    if (toStatus !== kase.status) {
      await tx
        .updateTable('cases')
        .set({ status: toStatus, updated_at: stamp })
        .where('id', '=', caseId)
        .where('status', '=', kase.status)
        .execute()
    }
    await auditCase(deps, tx, meta, 'case.mediator_accept', caseId, { fromStatus: kase.status, toStatus })
    const me = await tx
      .selectFrom('users')
      .select(['display_name', 'real_name'])
      .where('id', '=', meta.auth.userId)
      .executeTakeFirstOrThrow()
    for (const { userId } of await partyUserIds(tx, caseId)) {
      notices.push({
        userId,
        kind: 'mediator_assigned',
        title: '调解员已确定',
        body: `案件${kase.case_number}的调解员为${me.real_name ?? me.display_name}。如认为调解员与本案有利害关系，可申请更换。`,
        caseId,
      })
    }
  })
  return { status }
}
