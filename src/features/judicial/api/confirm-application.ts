import type { JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'

/** The signed-in party confirms the joint application; the last confirmation submits it to the court. */
export async function confirmApplication(caseId: string): Promise<JudicialApplication> {
  const { data } = await api.post<JudicialApplication>(
    `/judicial/cases/${encodeURIComponent(caseId)}/application/confirm`,
  )
  return data
}
