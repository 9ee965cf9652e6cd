import type { DisclosureAnswer, RecordResult, SessionMode } from '@contract/mediation-record'

/** Chinese labels printed in the record and the notices. */

export const PARTY_ROLE_NAMES = { applicant: '申请人', respondent: '被申请人' } as const

export const SESSION_MODE_NAMES: Record<SessionMode, string> = {
  video: '线上视频调解',
  text: '线上文字调解（双方同时在线）',
  asynchronous: '线上异步调解（双方分别留言）',
}

export const RESULT_NAMES: Record<RecordResult, string> = {
  pending: '调解进行中，尚无结果',
  agreement: '达成调解协议',
  partial: '部分事项达成调解协议',
  failed: '调解不成',
}

export const DISCLOSURE_ANSWER_NAMES: Record<DisclosureAnswer['answer'], string> = {
  no_objection: '对调解员无异议，同意继续调解',
  objection: '对调解员提出异议',
  not_asked: '尚未询问',
}

const CHINA_OFFSET_MS = 8 * 3600_000

/** 2026-11-26T01:00:00Z → 2026年11月26日 09:00 (China time). */
export function chinaDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + CHINA_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
