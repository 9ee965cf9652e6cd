import { api } from '@/lib/api'

/** Returns how many notices were unread. */
export async function markAllNotificationsRead(): Promise<number> {
  const { data } = await api.post<{ updated: number }>('/notifications/read-all')
  return data.updated
}
