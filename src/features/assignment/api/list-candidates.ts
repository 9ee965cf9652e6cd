import type { MediatorCandidate } from '@contract/assignment'
import { api } from '@/lib/api'

/** The committee's mediators, ranked: the party's choice, speciality, area, then load. */
export async function listCandidates(caseId: string): Promise<MediatorCandidate[]> {
  const { data } = await api.get<{ items: MediatorCandidate[] }>(
    `/cases/${encodeURIComponent(caseId)}/mediator-candidates`,
  )
  return data.items
}
