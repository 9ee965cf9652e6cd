import type { Performance, VisitBody } from '@contract/performance'
import { api } from '@/lib/api'

/** The mediator records a follow-up visit (回访, PML 31); returns every visit of the case. */
export async function addFollowUpVisit(caseId: string, body: VisitBody): Promise<Performance['visits']> {
  const { data } = await api.post<Performance['visits']>(
    `/performance/cases/${encodeURIComponent(caseId)}/visits`,
    body,
  )
  return data
}
