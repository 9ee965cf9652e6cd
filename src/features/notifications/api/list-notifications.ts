import type { NotificationList, NotificationListQuery } from '@contract/referrals'
import { api } from '@/lib/api'

/** The caller's notices, newest first, with the total and the unread count. */
export async function listNotifications(query: NotificationListQuery = {}): Promise<NotificationList> {
  const { data } = await api.get<NotificationList>('/notifications', { params: query })
  return data
}
