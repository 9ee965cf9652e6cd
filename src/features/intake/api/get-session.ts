import type { IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

export async function getSession(id: string): Promise<IntakeSession> {
  const { data } = await api.get<IntakeSession>(`/intake/sessions/${encodeURIComponent(id)}`)
  return data
}
