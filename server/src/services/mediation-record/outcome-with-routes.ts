import type { RecordOutcomeResult, RecordOutcomeWithReasonBody } from '@contract/mediation-record'
import type { CaseStatus } from '@contract/cases'
import { chinaDate } from '../../domain/judicial/china-dates'
import {
  TERMINATION_NOTICE_TITLE,
  terminationNoticePdfModel,
} from '../../domain/mediation-record/termination-notice-pdf'
import { badRequest } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import type { RequestMeta } from '../invitations/invitation-service'
import { loadCase } from '../assignment/case-people'
import { storeGeneratedPdf } from '../service-of-documents/pdf-files'
import { caseFailureRoutes, partyRoleName } from './failure-routes-service'
import type { RecordDeps } from './record-deps'

/** Used when an older caller records a failure without a reason: the least that is true of every failure. */
export const DEFAULT_FAILURE_REASON = '双方未能达成调解协议'

/**
 * Records the outcome through the existing outcome service (status, audit, the referring officer's notice);
 * for a failure or partial agreement it also keeps the reason (OMR 21) and serves each party the 终止调解告知书
 * with the routes left to them (PML 26), through the electronic-service module.
 */
export async function recordOutcomeWithRoutes(
  deps: RecordDeps,
  caseId: string,
  body: RecordOutcomeWithReasonBody,
  meta: RequestMeta,
): Promise<RecordOutcomeResult> {
  const reason = body.reason?.trim() || null
  if (body.outcome === 'partial' && !reason) {
    throw badRequest('OUTCOME_REASON_REQUIRED', '部分达成协议的，请说明未达成协议的事项及原因', [
      { field: 'reason', message: '必填' },
    ])
  }
  const { status } = await deps.outcomes.record(caseId, body.outcome, meta)
  if (body.outcome !== 'failed' && body.outcome !== 'partial') {
    return { ok: true, status: status as CaseStatus, failureRoutes: null, noticesServed: 0 }
  }

  const now = deps.clock.now()
  const told = reason ?? DEFAULT_FAILURE_REASON
  const db = deps.database.db
  const { view } = await caseFailureRoutes(db, caseId, now, { outcome: body.outcome, reason: told })
  const kase = await loadCase(db, caseId)
  const committee = kase.committee_id
    ? await db.selectFrom('organisations').select('name').where('id', '=', kase.committee_id).executeTakeFirst()
    : undefined
  const pdf = await deps.render(
    terminationNoticePdfModel({
      committeeName: committee?.name ?? '人民调解委员会',
      caseNumber: kase.case_number,
      caseTitle: kase.title,
      partial: body.outcome === 'partial',
      reason: told,
      parties: view.parties.map((p) => ({ roleName: partyRoleName(p.role), name: p.name, routes: p.routes })),
      notes: view.notes,
      date: chinaDate(now),
    }),
  )
  let served = 0
  await deps.database.transaction(async (tx) => {
    const file = await storeGeneratedPdf(
      deps.storage,
      tx,
      {
        caseId,
        uploadedBy: meta.auth.userId,
        kind: 'pdf',
        name: `${TERMINATION_NOTICE_TITLE}-${kase.case_number}.pdf`,
      },
      pdf,
      now,
    )
    await tx
      .insertInto('case_terminations')
      .values({
        id: newId(),
        case_id: caseId,
        outcome: body.outcome,
        reason: told,
        routes: JSON.stringify(view),
        notice_file_id: file.fileId,
        recorded_by: meta.auth.userId,
        created_at: now.toISOString(),
      })
      .execute()
    await deps.documents.serve(
      tx,
      {
        caseId,
        kind: 'notice',
        title: TERMINATION_NOTICE_TITLE,
        sourceType: 'file',
        sourceId: file.fileId,
        sha256: file.sha256,
        servedBy: meta.auth.userId,
      },
      now,
    )
    served = Number(
      (
        await tx
          .selectFrom('served_documents')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('source_type', '=', 'file')
          .where('source_id', '=', file.fileId)
          .executeTakeFirstOrThrow()
      ).n,
    )
    await deps.audit.append(tx, {
      actorUserId: meta.auth.userId,
      action: 'case.termination_notice',
      entityType: 'case',
      entityId: caseId,
      data: { outcome: body.outcome, reason: told, fileId: file.fileId, served, basis: 'PML 26' },
      ip: meta.ip,
    })
  })
  return { ok: true, status: status as CaseStatus, failureRoutes: view, noticesServed: served }
}
