import type { AgreementVersion } from '@contract/agreements'
import { api } from '@/lib/api'
import { isApiError } from '@/lib/api-error'

/** The newest version, or null before the mediator has drafted one (404 AGREEMENT_NOT_FOUND). */
export async function getAgreement(caseId: string): Promise<AgreementVersion | null> {
  try {
    const { data } = await api.get<AgreementVersion>(`/cases/${encodeURIComponent(caseId)}/agreement`)
    return data
  } catch (error) {
    if (isApiError(error) && error.code === 'AGREEMENT_NOT_FOUND') return null
    throw error
  }
}
