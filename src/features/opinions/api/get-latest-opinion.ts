import type { Opinion } from '@contract/opinions'
import { api } from '@/lib/api'
import { isApiError } from '@/lib/api-error'

/** The newest version, or null when none has been generated yet (404 OPINION_NOT_FOUND). */
export async function getLatestOpinion(caseId: string): Promise<Opinion | null> {
  try {
    const { data } = await api.get<Opinion>(`/cases/${encodeURIComponent(caseId)}/opinions/latest`)
    return data
  } catch (error) {
    if (isApiError(error) && error.code === 'OPINION_NOT_FOUND') return null
    throw error
  }
}
