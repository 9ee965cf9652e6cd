import type { ApplicationBody, JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'

/** Prepares the joint application (司法确认申请书) addressed to the chosen competent court. */
export async function createApplication(caseId: string, body: ApplicationBody): Promise<JudicialApplication> {
  const { data } = await api.post<JudicialApplication>(
    `/judicial/cases/${encodeURIComponent(caseId)}/application`,
    body,
  )
  return data
}
