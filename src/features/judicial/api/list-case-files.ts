import type { FileInfo } from '@contract/files'
import { api } from '@/lib/api'

/** Files uploaded to the case: identity proofs and supplementary materials are chosen from these. */
export async function listCaseFiles(caseId: string): Promise<FileInfo[]> {
  const { data } = await api.get<{ items: FileInfo[] }>(`/cases/${encodeURIComponent(caseId)}/files`)
  return data.items
}
