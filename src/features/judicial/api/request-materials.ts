import type { JudicialApplication, MaterialRequestBody } from '@contract/judicial'
import { api } from '@/lib/api'

/** The court asks the parties for more materials, optionally within a time limit (CPL-Interp 354, 356). */
export async function requestMaterials(applicationId: string, body: MaterialRequestBody): Promise<JudicialApplication> {
  const { data } = await api.post<JudicialApplication>(
    `/judicial/applications/${encodeURIComponent(applicationId)}/material-requests`,
    body,
  )
  return data
}
