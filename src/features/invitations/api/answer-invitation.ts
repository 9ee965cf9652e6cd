import type { RespondentAnswerBody, RespondentAnswerResult } from '@contract/invitations'
import { api } from '@/lib/api'

/** The respondent agrees to mediation or declines it (PML 17: declined means no mediation). */
export async function answerInvitation(caseId: string, body: RespondentAnswerBody): Promise<RespondentAnswerResult> {
  const { data } = await api.post<RespondentAnswerResult>(
    `/cases/${encodeURIComponent(caseId)}/respondent-answer`,
    body,
  )
  return data
}
