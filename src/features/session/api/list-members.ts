import type { RoomMember, RoomMemberList } from '@contract/sessions'
import { api } from '@/lib/api'

/** The parties and mediators of a room, by name (the caucus picker, name labels). */
export async function listMembers(roomId: string): Promise<RoomMember[]> {
  const { data } = await api.get<RoomMemberList>(`/sessions/rooms/${encodeURIComponent(roomId)}/members`)
  return data.items
}
