import type { NotificationKind } from '@contract/referrals'

export interface SubscribeMessage {
  userId: string
  kind: NotificationKind
  title: string
  body: string
  caseId: string | null
}

/**
 * WeChat subscribe messages (订阅消息) beside the in-app list. A real provider needs the user's openid and a
 * template per kind; in-app notifications are always written, whatever this does.
 */
export interface SubscribeMessageProvider {
  send(message: SubscribeMessage): Promise<void>
}

export const noSubscribeMessages: SubscribeMessageProvider = { send: async () => undefined }
