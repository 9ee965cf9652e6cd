import type { CaseStatus } from '@contract/cases'

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  draft: '草稿',
  pending_acceptance: '待受理',
  accepted: '已受理',
  in_mediation: '调解中',
  agreement_reached: '已达成协议',
  failed: '调解不成',
  declined: '对方拒绝调解',
  judicial_confirmation: '司法确认中',
  closed: '已结案',
}

export type StatusTone = 'primary' | 'success' | 'warning' | 'danger' | 'default'

export const CASE_STATUS_TONES: Record<CaseStatus, StatusTone> = {
  draft: 'default',
  pending_acceptance: 'warning',
  accepted: 'primary',
  in_mediation: 'primary',
  agreement_reached: 'success',
  failed: 'danger',
  declined: 'danger',
  judicial_confirmation: 'primary',
  closed: 'default',
}

export function caseStatusLabel(status: string): string {
  return CASE_STATUS_LABELS[status as CaseStatus] ?? status
}

export const PARTY_ROLE_LABELS: Record<string, string> = {
  applicant: '申请人',
  respondent: '被申请人',
  staff: '工作人员',
}

/** Dates arrive as ISO strings; people read 2026-03-01 14:05. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
