import type { CaseOutcome } from '@contract/referrals'
import type { Database, DbTx } from '../../db/database'
import { conflict, forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import type { AuditLog } from '../audit/audit-log'
import { ensureProgress, loadCase, staffRoleOn } from '../assignment/case-people'
import { caseRelation } from '../cases/case-access'
import type { RequestMeta } from '../invitations/invitation-service'
import type { Notice, Notifier } from '../notifications/notifier'

/** Which statuses an outcome may follow, and the status it leads to. */
const TRANSITIONS: Record<CaseOutcome, { from: string[]; to: string }> = {
  agreement: { from: ['accepted', 'in_mediation'], to: 'agreement_reached' },
  // The agreed part goes on to the agreement flow; the parties are told the routes left for the rest.
  partial: { from: ['accepted', 'in_mediation'], to: 'agreement_reached' },
  failed: { from: ['accepted', 'in_mediation'], to: 'failed' },
  performed: { from: ['agreement_reached', 'judicial_confirmation'], to: 'closed' },
}

/** 公安机关办理行政案件程序规定 (2019 text) art 186, legal-reference §5.12; later renumbering unverified. */
export const PENALTY_WAIVER_NOTE =
  '依照《公安机关办理行政案件程序规定》（2019年文本）第一百八十六条，当事人经人民调解达成协议并已履行，共同书面申请的，公安机关可以依法不予治安管理处罚。'

/**
 * The notice for the referring officer when a referred case ends; none for cases the police did not refer.
 * Other areas that end a case (the record, the agreement) call this inside their own transaction.
 */
export async function referralOutcomeNotice(tx: DbTx, caseId: string, outcome: CaseOutcome): Promise<Notice | null> {
  const referral = await tx
    .selectFrom('referrals')
    .innerJoin('cases', 'cases.id', 'referrals.case_id')
    .select(['referrals.officer_user_id', 'referrals.incident_number', 'cases.case_number'])
    .where('referrals.case_id', '=', caseId)
    .executeTakeFirst()
  if (!referral) return null
  const subject = `您移交的纠纷（警情号${referral.incident_number}，案件${referral.case_number}）`
  const text: Record<CaseOutcome, [string, string]> = {
    agreement: ['移交纠纷已达成调解协议', `${subject}已达成人民调解协议，协议履行后将再次通知您。`],
    partial: [
      '移交纠纷部分达成调解协议',
      `${subject}已就部分事项达成人民调解协议，其余事项调解不成，调解委员会已告知当事人可依法申请仲裁或提起诉讼。`,
    ],
    failed: ['移交纠纷调解不成', `${subject}调解未能达成协议，调解委员会已告知当事人可依法申请仲裁或提起诉讼。`],
    performed: ['移交纠纷调解协议已履行', `${subject}的调解协议已履行完毕。${PENALTY_WAIVER_NOTE}`],
  }
  const [title, body] = text[outcome]
  return { userId: referral.officer_user_id, kind: 'referral_outcome', title, body, caseId }
}

/**
 * The agreement took effect (last signature and seal, or the paper signing recorded): the case moves to
 * 已达成协议 when it was being mediated, and a referring officer is told. Runs inside the signing transaction;
 * never refuses, so an unusual case status cannot undo a valid signature. Returns the notices to push.
 */
export async function agreementTookEffect(
  tx: DbTx,
  deps: { audit: AuditLog; notifier: Notifier },
  event: { caseId: string; actorUserId: string; ip: string | null; now: Date },
): Promise<Notice[]> {
  const { caseId, now } = event
  const stamp = now.toISOString()
  const rule = TRANSITIONS.agreement
  const kase = await loadCase(tx, caseId)
  const moved = rule.from.includes(kase.status)
  if (moved) {
    await tx.updateTable('cases').set({ status: rule.to, updated_at: stamp }).where('id', '=', caseId).execute()
  }
  await ensureProgress(tx, caseId, now)
  await tx
    .updateTable('case_progress')
    .set({ outcome: 'agreement', outcome_at: stamp, updated_at: stamp })
    .where('case_id', '=', caseId)
    .execute()
  await deps.audit.append(tx, {
    actorUserId: event.actorUserId,
    action: 'case.outcome',
    entityType: 'case',
    entityId: caseId,
    data: { outcome: 'agreement', via: 'signing', fromStatus: kase.status, toStatus: moved ? rule.to : kase.status },
    ip: event.ip,
  })
  const notice = await referralOutcomeNotice(tx, caseId, 'agreement')
  const notices = notice ? [notice] : []
  await deps.notifier.add(tx, notices, now)
  return notices
}

/** Records that a case ended (agreement, failure) or that its agreement was performed, and tells the officer. */
export class CaseOutcomes {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  async record(caseId: string, outcome: CaseOutcome, meta: RequestMeta): Promise<{ status: string }> {
    const relation = await caseRelation(this.database, meta.auth, caseId)
    if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    const isMediator = (await staffRoleOn(this.database.db, caseId, meta.auth.userId)) === 'mediator'
    if (relation !== 'committee_admin' && !isMediator) {
      throw forbidden('MEDIATOR_OR_ADMIN_ONLY', '只有本案调解员或调解委员会管理员可以登记调解结果')
    }
    const rule = TRANSITIONS[outcome]
    const now = this.clock.now()
    const notices: Notice[] = []
    await this.database.transaction(async (tx) => {
      const kase = await loadCase(tx, caseId)
      const stamp = now.toISOString()
      const updated = await tx
        .updateTable('cases')
        .set({ status: rule.to, updated_at: stamp })
        .where('id', '=', caseId)
        .where('status', 'in', rule.from)
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) !== 1) {
        throw conflict('CASE_STATE_INVALID', '案件当前状态不能登记该调解结果')
      }
      await ensureProgress(tx, caseId, now)
      await tx
        .updateTable('case_progress')
        .set({ outcome, outcome_at: stamp, updated_at: stamp })
        .where('case_id', '=', caseId)
        .execute()
      await this.audit.append(tx, {
        actorUserId: meta.auth.userId,
        action: 'case.outcome',
        entityType: 'case',
        entityId: caseId,
        data: { outcome, fromStatus: kase.status, toStatus: rule.to },
        ip: meta.ip,
      })
      const notice = await referralOutcomeNotice(tx, caseId, outcome)
      if (notice) notices.push(notice)
      await this.notifier.add(tx, notices, now)
    })
    await this.notifier.push(notices)
    return { status: rule.to }
  }
}
