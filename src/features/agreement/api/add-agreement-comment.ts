import type { AgreementComment, AgreementCommentBody } from '@contract/agreements'
import { api } from '@/lib/api'

/** A comment on one clause of the newest version, optionally with proposed wording. */
export async function addAgreementComment(caseId: string, body: AgreementCommentBody): Promise<AgreementComment> {
  const { data } = await api.post<AgreementComment>(`/cases/${encodeURIComponent(caseId)}/agreement/comments`, body)
  return data
}
