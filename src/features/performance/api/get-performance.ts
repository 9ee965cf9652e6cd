import type { Performance } from '@contract/performance'
import { api } from '@/lib/api'

/** The instalment schedule tracked from the effective agreement, and the mediator's follow-up visits. */
export async function getPerformance(caseId: string): Promise<Performance> {
  const { data } = await api.get<Performance>(`/performance/cases/${encodeURIComponent(caseId)}`)
  return data
}
