import type { CaseProgress } from '@contract/assignment'
import { api } from '@/lib/api'

export async function getProgress(caseId: string): Promise<CaseProgress> {
  const { data } = await api.get<CaseProgress>(`/cases/${encodeURIComponent(caseId)}/progress`)
  return data
}
