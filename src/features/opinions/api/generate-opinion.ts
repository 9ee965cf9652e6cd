import type { Opinion, OpinionGenerateBody } from '@contract/opinions'
import { api } from '@/lib/api'

/** A new version from the case's current facts; 422 OPINION_FACTS_MISSING names what the case still lacks. */
export async function generateOpinion(caseId: string, body: OpinionGenerateBody = {}): Promise<Opinion> {
  const { data } = await api.post<Opinion>(`/cases/${encodeURIComponent(caseId)}/opinions`, body)
  return data
}
