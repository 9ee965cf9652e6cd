import type { CaseDetail } from '@contract/cases'
import { api } from '@/lib/api'

/** The case whose facts prefill the calculator when it is opened from a case. */
export async function getCaseFacts(caseId: string): Promise<CaseDetail> {
  const { data } = await api.get<CaseDetail>(`/cases/${encodeURIComponent(caseId)}`)
  return data
}
