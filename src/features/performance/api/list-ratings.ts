import type { RatingList } from '@contract/performance'
import { api } from '@/lib/api'

/** The parties' ratings of the case (committee admins only). */
export async function listRatings(caseId: string): Promise<RatingList> {
  const { data } = await api.get<RatingList>(`/performance/cases/${encodeURIComponent(caseId)}/ratings`)
  return data
}
