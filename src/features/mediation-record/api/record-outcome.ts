import type { RecordOutcomeResult, RecordOutcomeWithReasonBody } from '@contract/mediation-record'
import { api } from '@/lib/api'

/** Mediator: 达成协议 / 部分达成 / 调解不成, with the reason (required for the last two). */
export async function recordOutcome(caseId: string, body: RecordOutcomeWithReasonBody): Promise<RecordOutcomeResult> {
  const { data } = await api.post<RecordOutcomeResult>(`/cases/${encodeURIComponent(caseId)}/outcome`, body)
  return data
}
