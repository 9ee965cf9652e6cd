import type { DecisionBody, JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'

/** Rules the agreement valid or rejects the application; the 民事裁定书 is generated and served. */
export async function decideApplication(applicationId: string, body: DecisionBody): Promise<JudicialApplication> {
  const { data } = await api.post<JudicialApplication>(
    `/judicial/applications/${encodeURIComponent(applicationId)}/decision`,
    body,
  )
  return data
}
