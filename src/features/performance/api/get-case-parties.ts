import type { CaseDetail } from '@contract/cases'
import { api } from '@/lib/api'

export type CaseParties = Pick<CaseDetail, 'id' | 'caseNumber' | 'title' | 'myRole' | 'parties'>

/** Who is who in the case, to name payers and payees and to know which side is mine (isMe). */
export async function getCaseParties(caseId: string): Promise<CaseParties> {
  const { data } = await api.get<CaseDetail>(`/cases/${encodeURIComponent(caseId)}`)
  return data
}
