import type { FactItem } from '@contract/fact-sheet'

export type FactPartyRole = 'applicant' | 'respondent'

export const STATED_BY_LABELS: Record<FactItem['statedBy'], string> = {
  applicant: '申请人陈述',
  respondent: '被申请人陈述',
  police: '民警记录',
}

export const PARTY_LABELS: Record<FactPartyRole, string> = { applicant: '申请人', respondent: '被申请人' }

export const STATUS_LABELS: Record<FactItem['status'], string> = {
  agreed: '双方一致',
  disputed: '有争议',
  pending: '待确认',
}

export const COMMENT_MAX = 500

/** Chinese message when a 有异议 mark cannot be sent as written, else null. */
export function disputeCommentError(comment: string): string | null {
  if (comment.trim() === '') return '请说明有异议的理由'
  if (comment.length > COMMENT_MAX) return `理由不能超过${COMMENT_MAX}字`
  return null
}

/** A party marks what others stated; their own statements they correct instead. */
export function canMark(item: FactItem, myRole: FactPartyRole | null): myRole is FactPartyRole {
  return myRole !== null && item.statedBy !== myRole
}
