import type { CaseDocumentList } from '@contract/agreements'
import { api } from '@/lib/api'

export type CaseDocument = CaseDocumentList['items'][number]

/** Every signable version of the case's documents with its signing progress. */
export async function listCaseDocuments(caseId: string): Promise<CaseDocument[]> {
  const { data } = await api.get<CaseDocumentList>(`/cases/${encodeURIComponent(caseId)}/documents`)
  return data.items
}
