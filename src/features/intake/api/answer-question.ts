import type { AnswerBody, IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

/**
 * Answers the current question with free text or a structured value; with `slot` it edits that fact instead
 * (summary card). Free text such as 不对，是3万 or 跳过 is understood by the server too.
 */
export async function answerQuestion(id: string, body: AnswerBody): Promise<IntakeSession> {
  const { data } = await api.post<IntakeSession>(`/intake/sessions/${encodeURIComponent(id)}/answers`, body)
  return data
}
