import type { JudicialStatus } from '@contract/judicial'

export const STATUS_LABELS: Record<JudicialStatus, string> = {
  awaiting_parties: '等待各方确认申请书',
  submitted: '已提交法院，待立案',
  filed: '法院已立案，审查中',
  materials_requested: '法院要求补充材料',
  confirmed: '已裁定调解协议有效',
  rejected: '已裁定驳回申请',
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as JudicialStatus] ?? status
}

export const PARTY_ROLE_LABELS: Record<string, string> = { applicant: '申请人', respondent: '被申请人' }

export const COURT_BASIS_LABELS: Record<string, string> = {
  inviting_court: '委派调解的人民法院',
  party_domicile: '当事人住所地',
  subject_matter: '标的物所在地',
  committee_location: '调解组织所在地',
}

/** Plain-language explanation of each readiness check, shown under the check's own message and article. */
export const CHECK_EXPLANATIONS: Record<string, string> = {
  BOTH_PARTIES_CONSENT:
    '司法确认须由双方当事人共同申请。申请书生成后，每一方都要在线阅读并确认，最后一方确认后自动提交法院。',
  WITHIN_30_DAYS:
    '须在调解协议生效之日起三十日内申请。超过期限不能再申请司法确认，但调解协议仍对双方有约束力（人民调解法第三十一条）。',
  NOT_EXCLUDED:
    '以下协议法院不予受理（民诉法解释第三百五十五条）：涉及刑事责任、行政处罚等不属于人民法院受理民事案件范围的事项（第一项）；' +
    '确认婚姻、亲子、收养等身份关系（第三项）；属于宣告失踪或死亡、认定民事行为能力、指定监护人等其他特别程序，或公示催告、破产程序的事项（第四项）；' +
    '确认物权或知识产权归属（第五项）。',
  CONTENT_CONFIRMABLE:
    '协议内容须明确、可以执行（金额、期限、账户等），不违反法律强制性规定、不损害他人合法权益，否则法院会驳回申请。',
  COURT_COMPETENT: '可向当事人住所地、标的物所在地或调解组织所在地的基层人民法院申请；法院邀请调解的，向该法院申请。',
}

export const CHECK_STATUS_LABELS = { pass: '符合', fail: '不符合', pending: '待完成' } as const

/** Why the app says what it says: information, not advice; the court decides. */
export const LEGAL_NOTICE =
  '本页提供法律信息，不构成对具体案件的法律意见；是否确认调解协议有效，由人民法院依法审查决定。司法确认不收取案件受理费。'

/** CPL 187: special-procedure cases are concluded within 30 days of filing. */
export const DECISION_RULE = '特别程序案件应在立案之日起三十日内审结（民事诉讼法第一百八十七条）'
