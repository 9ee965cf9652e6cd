import type { FailureRoutes } from '@contract/mediation-record'
import { api } from '@/lib/api'

/** The outcome so far and, once mediation failed (or partly failed), the routes left to each party (PML 26). */
export async function getFailureRoutes(caseId: string): Promise<FailureRoutes> {
  const { data } = await api.get<FailureRoutes>(`/cases/${encodeURIComponent(caseId)}/failure-routes`)
  return data
}
