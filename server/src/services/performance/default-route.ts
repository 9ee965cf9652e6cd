import type { DefaultRoute } from '@contract/performance'
import type { Db } from '../../db/database'
import { enforcementDeadline } from './instalment-schedule'
import { caseInstalments, type InstalmentRow } from './instalments-repo'

/**
 * What the payee can do when the payer defaults: with a confirmation ruling, apply to that court for
 * enforcement within two years of the last day set for performance (CPL 206, 250), pre-filled; otherwise sue
 * over the agreement's performance (PML 32).
 */
export async function defaultRoute(db: Db, instalment: InstalmentRow): Promise<DefaultRoute> {
  const ruling = await db
    .selectFrom('judicial_applications as j')
    .innerJoin('organisations as o', 'o.id', 'j.court_id')
    .select(['o.name as court_name', 'j.court_case_number'])
    .where('j.case_id', '=', instalment.case_id)
    .where('j.status', '=', 'confirmed')
    .executeTakeFirst()
  if (!ruling) {
    return {
      route: 'litigation',
      article: '人民调解法第三十二条',
      explanation: '调解协议未经司法确认，对方不履行的，您可以就协议的履行向人民法院提起诉讼。',
      enforcement: null,
    }
  }
  const names = new Map(
    (
      await db.selectFrom('case_parties').select(['id', 'name']).where('case_id', '=', instalment.case_id).execute()
    ).map((p) => [p.id, p.name]),
  )
  const sameTerm = (await caseInstalments(db, instalment.case_id)).filter(
    (i) => i.document_row_id === instalment.document_row_id && i.term_index === instalment.term_index,
  )
  const unpaid = sameTerm.filter((i) => i.status !== 'confirmed')
  const unpaidCents = unpaid.every((i) => i.amount_cents !== null)
    ? unpaid.reduce((sum, i) => sum + Number(i.amount_cents), 0)
    : null
  const lastDue = sameTerm.map((i) => i.due_date).sort()[sameTerm.length - 1]
  const payee = instalment.payee_party_id ? (names.get(instalment.payee_party_id) ?? '') : ''
  return {
    route: 'enforcement',
    article: '民事诉讼法第二百零六条、第二百五十条',
    explanation: `调解协议已经${ruling.court_name}裁定确认有效，对方不履行的，您可以向该院申请强制执行。申请期限为二年，自履行期限最后一日起计算。`,
    enforcement: {
      court: ruling.court_name,
      applicant: payee,
      respondent: names.get(instalment.payer_party_id) ?? '',
      rulingCaseNumber: ruling.court_case_number ?? '',
      unpaidAmount: unpaidCents === null ? null : unpaidCents / 100,
      request: `请求强制执行${ruling.court_case_number ?? ''}民事裁定书确认的调解协议：${instalment.description}`,
      deadline: enforcementDeadline(lastDue),
    },
  }
}
