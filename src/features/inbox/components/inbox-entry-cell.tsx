import { Cell } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { getInbox } from '../api/get-inbox'

/** 我的 → 送达文书, with the count of unopened documents refreshed each time the tab is shown. */
export function InboxEntryCell() {
  const [unopened, setUnopened] = useState<number | null>(null)
  useDidShow(() => {
    // The count is a hint: when it cannot be fetched the entry still works, just without a number.
    getInbox().then(
      (inbox) => setUnopened(inbox.unopened),
      () => setUnopened(null),
    )
  })
  return (
    <View data-testid="me-inbox">
      <Cell
        title="送达文书"
        extra={unopened ? `${unopened} 份未读` : undefined}
        clickable
        onClick={() => openRoute(ROUTES.inbox)}
      />
    </View>
  )
}
