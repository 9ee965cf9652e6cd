import type { CaseOutcome } from '@contract/referrals'

export const PARTY_ROLE_LABELS = { applicant: '申请人', respondent: '被申请人' } as const

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  agreement: '达成协议',
  partial: '部分达成',
  failed: '调解不成',
  performed: '已履行',
}

/** `2026-12-03T08:00:00.000Z` → `2026-12-03 16:00` in the user's local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
