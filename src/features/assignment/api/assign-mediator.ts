import type { AssignMediatorBody } from '@contract/assignment'
import { api } from '@/lib/api'

export async function assignMediator(
  caseId: string,
  body: AssignMediatorBody,
): Promise<{ mediatorUserId: string; method: string }> {
  const { data } = await api.post<{ mediatorUserId: string; method: string }>(
    `/cases/${encodeURIComponent(caseId)}/mediators`,
    body,
  )
  return data
}
