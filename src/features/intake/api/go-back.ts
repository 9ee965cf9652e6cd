import type { IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

/** Back to the previous question; its earlier answer comes back in question.previous. */
export async function goBack(id: string): Promise<IntakeSession> {
  const { data } = await api.post<IntakeSession>(`/intake/sessions/${encodeURIComponent(id)}/back`, {})
  return data
}
