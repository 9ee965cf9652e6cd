import type { OpinionVersionList } from '@contract/opinions'
import { api } from '@/lib/api'

/** Newest first. */
export async function listOpinionVersions(caseId: string): Promise<OpinionVersionList> {
  const { data } = await api.get<OpinionVersionList>(`/cases/${encodeURIComponent(caseId)}/opinions`)
  return data
}
