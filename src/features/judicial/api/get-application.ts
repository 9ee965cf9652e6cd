import type { JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'
import { isApiError } from '@/lib/api-error'

/** The case's newest application, or null before one is prepared (404 JUDICIAL_APPLICATION_NOT_FOUND). */
export async function getApplication(caseId: string): Promise<JudicialApplication | null> {
  try {
    const { data } = await api.get<JudicialApplication>(`/judicial/cases/${encodeURIComponent(caseId)}/application`)
    return data
  } catch (error) {
    if (isApiError(error) && error.code === 'JUDICIAL_APPLICATION_NOT_FOUND') return null
    throw error
  }
}
