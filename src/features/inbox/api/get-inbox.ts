import type { Inbox } from '@contract/service'
import { api } from '@/lib/api'

/** Every document served to me, newest first, with the number not opened yet. */
export async function getInbox(): Promise<Inbox> {
  const { data } = await api.get<Inbox>('/inbox')
  return data
}
