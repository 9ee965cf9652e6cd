import type { CaseSummary } from '@contract/cases'
import { api } from '@/lib/api'

/** The signed-in user's place in the case: applicant / respondent (a party) or staff. */
export async function getMyCaseRole(caseId: string): Promise<CaseSummary['myRole']> {
  const { data } = await api.get<CaseSummary>(`/cases/${encodeURIComponent(caseId)}`)
  return data.myRole
}
