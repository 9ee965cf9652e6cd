import type { AgreementVersion } from '@contract/agreements'
import { api } from '@/lib/api'
import { isApiError } from '@/lib/api-error'

/** When the case's agreement took effect (the start of the 30-day window), or null: not yet, or no agreement. */
export async function getAgreementEffectiveAt(caseId: string): Promise<string | null> {
  try {
    const { data } = await api.get<AgreementVersion>(`/cases/${encodeURIComponent(caseId)}/agreement`)
    return data.effectiveAt
  } catch (error) {
    if (isApiError(error) && error.code === 'AGREEMENT_NOT_FOUND') return null
    throw error
  }
}
