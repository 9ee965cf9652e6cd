import type { JudicialApplication } from '@contract/judicial'
import { api } from '@/lib/api'

/** 立案: the clerk files the application under the court's case number; the decision deadline starts. */
export async function fileApplication(applicationId: string, courtCaseNumber: string): Promise<JudicialApplication> {
  const { data } = await api.post<JudicialApplication>(
    `/judicial/applications/${encodeURIComponent(applicationId)}/file`,
    { courtCaseNumber },
  )
  return data
}
