import type { RoomList } from '@contract/sessions'
import { api } from '@/lib/api'

/** The case's joint room (the server opens it on first use): its member list names who answers a proposal. */
export async function getJointRoomId(caseId: string): Promise<string | null> {
  const { data } = await api.get<RoomList>(`/sessions/cases/${encodeURIComponent(caseId)}/rooms`)
  return data.items.find((room) => room.kind === 'joint')?.id ?? null
}
