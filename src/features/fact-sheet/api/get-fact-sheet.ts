import type { FactSheet } from '@contract/fact-sheet'
import { api } from '@/lib/api'

export async function getFactSheet(caseId: string): Promise<FactSheet> {
  const { data } = await api.get<FactSheet>(`/cases/${encodeURIComponent(caseId)}/fact-sheet`)
  return data
}
