import type { Room } from '@contract/sessions'
import { api } from '@/lib/api'

/** 背靠背: the mediator and one party; returns the existing room when it was opened before. */
export async function openCaucus(caseId: string, partyUserId: string): Promise<Room> {
  const { data } = await api.post<Room>(`/sessions/cases/${encodeURIComponent(caseId)}/caucus`, { partyUserId })
  return data
}
