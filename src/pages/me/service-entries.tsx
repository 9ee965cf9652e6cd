import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { InboxEntryCell } from '@/features/inbox/components/inbox-entry-cell'
import { NotificationsEntryCell } from '@/features/notifications/components/notifications-entry-cell'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'

/** 我的 → documents served to me and notices (with unread counts), and the public agreement check. */
export function ServiceEntries({ loggedIn }: { loggedIn: boolean }) {
  return (
    <CellGroup>
      {loggedIn ? <InboxEntryCell /> : null}
      {loggedIn ? <NotificationsEntryCell /> : null}
      <View data-testid="me-verify">
        <Cell title="验证协议真伪" clickable onClick={() => openRoute(ROUTES.verify)} />
      </View>
    </CellGroup>
  )
}
