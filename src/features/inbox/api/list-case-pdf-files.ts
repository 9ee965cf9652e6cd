import type { FileInfo, FileList } from '@contract/files'
import { api } from '@/lib/api'

/** The case's PDF files (records, notices, generated documents): what staff can serve — never a caucus file. */
export async function listCasePdfFiles(caseId: string): Promise<FileInfo[]> {
  const { data } = await api.get<FileList>(`/cases/${encodeURIComponent(caseId)}/files`)
  return data.items.filter((file) => file.contentType === 'application/pdf' && !file.caucus)
}
