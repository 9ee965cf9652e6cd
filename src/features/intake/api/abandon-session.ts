import type { IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

/** 重新开始: the half-done session is closed on the server so it is not offered again on another phone. */
export async function abandonSession(id: string): Promise<IntakeSession> {
  const { data } = await api.delete<IntakeSession>(`/intake/sessions/${encodeURIComponent(id)}`)
  return data
}
