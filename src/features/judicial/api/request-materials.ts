import type { JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'

/** The court asks the parties for more materials (CPL-Interp 354, 356). */
export async function requestMaterials(applicationId: string, message: string): Promise<JudicialApplication> {
  const { data } = await api.post<JudicialApplication>(
    `/judicial/applications/${encodeURIComponent(applicationId)}/material-requests`,
    { message },
  )
  return data
}
