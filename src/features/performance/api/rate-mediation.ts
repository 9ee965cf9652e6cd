import type { RatingBody } from '@contract/performance'
import { api } from '@/lib/api'

/** A party rates the mediation once, 1–5, with an optional comment. */
export async function rateMediation(caseId: string, body: RatingBody): Promise<void> {
  await api.post(`/performance/cases/${encodeURIComponent(caseId)}/rating`, body)
}
