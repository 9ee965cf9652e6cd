import type { IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

/** unknown = 不知道 (the mediator will ask later); otherwise a plain skip. */
export async function skipQuestion(id: string, unknown: boolean): Promise<IntakeSession> {
  const { data } = await api.post<IntakeSession>(`/intake/sessions/${encodeURIComponent(id)}/skip`, { unknown })
  return data
}
