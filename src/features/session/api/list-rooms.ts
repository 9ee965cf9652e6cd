import type { Room, RoomList } from '@contract/sessions'
import { api } from '@/lib/api'

/** The joint room (created on first use) and the caucus rooms the caller belongs to. */
export async function listRooms(caseId: string): Promise<Room[]> {
  const { data } = await api.get<RoomList>(`/sessions/cases/${encodeURIComponent(caseId)}/rooms`)
  return data.items
}
