import type { DbTx } from '../../db/database'
import { committeeAdminIds, partyUserIds } from '../assignment/case-people'
import type { Notice } from '../notifications/notifier'

/**
 * When the respondent has given their side through the intake robot, the applicant and the people running the
 * case (its mediators, or the committee's admins who assign one) are told, with how the facts now stand.
 */
export async function respondentStatementNotices(
  tx: DbTx,
  kase: { id: string; case_number: string; committee_id: string | null },
  facts: { stated: number; agreed: number; disputed: number },
): Promise<Notice[]> {
  const applicants = (await partyUserIds(tx, kase.id)).filter((p) => p.role === 'applicant').map((p) => p.userId)
  const mediators = await tx
    .selectFrom('case_staff')
    .select('user_id')
    .where('case_id', '=', kase.id)
    .where('role', '=', 'mediator')
    .execute()
  const admins = await committeeAdminIds(tx, kase.committee_id)
  const users = new Set([...applicants, ...mediators.map((m) => m.user_id), ...admins])
  const body =
    `案件${kase.case_number}的被申请人已通过智能问答提交了己方陈述：` +
    `与申请人一致的事实${facts.agreed}项，有争议的${facts.disputed}项，新陈述的${facts.stated}项。请在事实清单中查看。`
  return [...users].map((userId) => ({
    userId,
    kind: 'respondent_answer' as const,
    title: '被申请人已提交陈述',
    body,
    caseId: kase.id,
  }))
}
