import type { CaseDetail } from '@contract/cases'
import { api } from '@/lib/api'

export type CaseParties = Pick<CaseDetail, 'id' | 'caseNumber' | 'title' | 'myRole' | 'parties'>

/** The case's parties (who is who, and which one is the signed-in user) for the joint application. */
export async function getCaseParties(caseId: string): Promise<CaseParties> {
  const { data } = await api.get<CaseDetail>(`/cases/${encodeURIComponent(caseId)}`)
  return { id: data.id, caseNumber: data.caseNumber, title: data.title, myRole: data.myRole, parties: data.parties }
}
