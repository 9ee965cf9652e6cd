import type { IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

/** Starts the conversation from the resident's own words; the server prefills what it understood. */
export async function createSession(narrative: string): Promise<IntakeSession> {
  const { data } = await api.post<IntakeSession>('/intake/sessions', { narrative })
  return data
}
