import type { AssignmentAnswerBody } from '@contract/assignment'
import { api } from '@/lib/api'

/** The assigned mediator accepts, or declares a conflict of interest (OMR 13) so the committee reassigns. */
export async function answerAssignment(
  caseId: string,
  body: AssignmentAnswerBody,
): Promise<{ status: 'accepted' | 'conflict' }> {
  const { data } = await api.post<{ status: 'accepted' | 'conflict' }>(
    `/cases/${encodeURIComponent(caseId)}/mediator-answer`,
    body,
  )
  return data
}
