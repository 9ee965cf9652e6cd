import type { JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'

/** One application as the court sees it. */
export async function getCourtApplication(applicationId: string): Promise<JudicialApplication> {
  const { data } = await api.get<JudicialApplication>(`/judicial/applications/${encodeURIComponent(applicationId)}`)
  return data
}
