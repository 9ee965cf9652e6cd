import type { SigningStatus } from '@contract/signatures'
import { api } from '@/lib/api'

export function documentPath(caseId: string, documentRowId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentRowId)}`
}

export async function getSigningStatus(caseId: string, documentRowId: string): Promise<SigningStatus> {
  const { data } = await api.get<SigningStatus>(`${documentPath(caseId, documentRowId)}/signing`)
  return data
}
