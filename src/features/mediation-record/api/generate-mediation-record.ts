import type { MediationRecord } from '@contract/mediation-record'
import { api } from '@/lib/api'

/** Mediator: a new version generated from the case, the session and the fact sheet (first draft or a refresh). */
export async function generateMediationRecord(caseId: string): Promise<MediationRecord> {
  const { data } = await api.post<MediationRecord>(`/cases/${encodeURIComponent(caseId)}/mediation-record`)
  return data
}
