import type { JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'

/** Answers the court's request for more materials with files already uploaded to the case. */
export async function supplyMaterials(
  caseId: string,
  requestId: string,
  fileIds: string[],
): Promise<JudicialApplication> {
  const { data } = await api.post<JudicialApplication>(
    `/judicial/cases/${encodeURIComponent(caseId)}/application/material-requests/${encodeURIComponent(requestId)}/supply`,
    { fileIds },
  )
  return data
}
