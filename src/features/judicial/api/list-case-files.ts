import type { FileInfo } from '@contract/files'
import { api } from '@/lib/api'

/**
 * Files uploaded to the case: identity proofs and supplementary materials are chosen from these. Caucus (背靠背)
 * files stay with their room, so they are never offered for a document the court and the other party read.
 */
export async function listCaseFiles(caseId: string): Promise<FileInfo[]> {
  const { data } = await api.get<{ items: FileInfo[] }>(`/cases/${encodeURIComponent(caseId)}/files`)
  return data.items.filter((file) => !file.caucus)
}
