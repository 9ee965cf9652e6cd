import type { Readiness } from '@contract/judicial'
import { api } from '@/lib/api'

/** The readiness checks (each with its article) and the courts competent for the case (CPL 205). */
export async function getReadiness(caseId: string): Promise<Readiness> {
  const { data } = await api.get<Readiness>(`/judicial/cases/${encodeURIComponent(caseId)}/readiness`)
  return data
}
