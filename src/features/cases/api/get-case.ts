import type { CaseSummary } from '@contract/cases'
import { api } from '@/lib/api'

/** The detail shape grows with later issues; everything beyond the summary is shown generically. */
export type CaseDetail = CaseSummary & Record<string, unknown>

export async function getCase(id: string): Promise<CaseDetail> {
  const { data } = await api.get<CaseDetail>(`/cases/${encodeURIComponent(id)}`)
  return data
}
