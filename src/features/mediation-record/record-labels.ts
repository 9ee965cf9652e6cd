import type { DisclosureAnswer, FailureRouteKind, RecordResult, SessionMode } from '@contract/mediation-record'
import type { CaseOutcome } from '@contract/referrals'

export const MODE_LABELS: Record<SessionMode, string> = {
  video: '视频调解',
  text: '文字调解',
  asynchronous: '异步调解（各方不同时在线）',
}

export const RESULT_LABELS: Record<RecordResult, string> = {
  pending: '调解进行中',
  agreement: '达成协议',
  partial: '部分达成',
  failed: '调解不成',
}

export const DISCLOSURE_ANSWER_LABELS: Record<DisclosureAnswer['answer'], string> = {
  no_objection: '对调解员无异议',
  objection: '提出异议',
  not_asked: '尚未询问',
}

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  agreement: '达成协议',
  partial: '部分达成',
  failed: '调解不成',
  performed: '协议已履行',
}

export const ROUTE_KIND_LABELS: Record<FailureRouteKind, string> = {
  arbitration: '仲裁',
  litigation: '诉讼',
  administrative: '行政途径',
  payment_order: '支付令',
}

export const PARTY_ROLE_LABELS: Record<string, string> = {
  applicant: '申请人',
  respondent: '被申请人',
  mediator: '调解员',
  recorder: '记录人',
}

/**
 * Section titles of the record (legal-reference §6.2). `formal` is what the document says; `plain` is how a party
 * reads it, in everyday words, with the rule it comes from.
 */
export const SECTION_TITLES = {
  basics: { formal: '基本情况', plain: '这次调解的基本情况' },
  participants: { formal: '参加人员及身份核验', plain: '谁参加了调解，身份是否核实' },
  disclosure: { formal: '利益冲突披露（《人民法院在线调解规则》第十三条）', plain: '调解员与本案有没有利害关系' },
  rights: {
    formal: '权利义务告知（《人民调解法》第二十三条、第二十四条）',
    plain: '您的权利和义务（调解中的让步，不会在以后的诉讼中被当作对您不利的证据）',
  },
  statements: { formal: '各方陈述及请求', plain: '各方说了什么、要求什么' },
  evidence: { formal: '证据材料', plain: '各方提交的证据' },
  agreedFacts: { formal: '双方确认的无争议事实（《人民法院在线调解规则》第二十二条）', plain: '双方都认可的事实' },
  disputedPoints: { formal: '争议焦点', plain: '双方还有分歧的地方' },
  law: { formal: '调解员释法说理', plain: '调解员讲解的法律规定' },
  proposals: { formal: '调解方案', plain: '调解员提出的解决办法' },
  outcome: { formal: '调解结果（《人民法院在线调解规则》第二十一条）', plain: '调解结果' },
} as const

export type SectionKey = keyof typeof SECTION_TITLES
