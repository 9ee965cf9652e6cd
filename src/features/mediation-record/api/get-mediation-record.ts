import type { MediationRecord } from '@contract/mediation-record'
import { api } from '@/lib/api'
import { isApiError } from '@/lib/api-error'

/** The newest version, or null before the mediator has generated one (404 RECORD_NOT_FOUND). */
export async function getMediationRecord(caseId: string): Promise<MediationRecord | null> {
  try {
    const { data } = await api.get<MediationRecord>(`/cases/${encodeURIComponent(caseId)}/mediation-record`)
    return data
  } catch (error) {
    if (isApiError(error) && error.code === 'RECORD_NOT_FOUND') return null
    throw error
  }
}
