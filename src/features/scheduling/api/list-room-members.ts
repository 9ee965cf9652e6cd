import type { RoomMember, RoomMemberList } from '@contract/sessions'
import { api } from '@/lib/api'

/** The parties and mediators of a room by name: answers carry user ids only. */
export async function listRoomMembers(roomId: string): Promise<RoomMember[]> {
  const { data } = await api.get<RoomMemberList>(`/sessions/rooms/${encodeURIComponent(roomId)}/members`)
  return data.items
}
