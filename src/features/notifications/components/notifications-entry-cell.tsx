import { Cell } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { listNotifications } from '../api/list-notifications'

/** 我的 → 消息通知, with the unread count refreshed each time the tab is shown (tab pages stay mounted). */
export function NotificationsEntryCell() {
  const [unread, setUnread] = useState<number | null>(null)
  useDidShow(() => {
    // The count is a hint: when it cannot be fetched the entry still works, just without a number.
    listNotifications({ unreadOnly: true, limit: 1 }).then(
      (list) => setUnread(list.unread),
      () => setUnread(null),
    )
  })
  return (
    <View data-testid="me-notifications">
      <Cell
        title="消息通知"
        extra={unread ? `${unread} 条未读` : undefined}
        clickable
        onClick={() => openRoute(ROUTES.notifications)}
      />
    </View>
  )
}
