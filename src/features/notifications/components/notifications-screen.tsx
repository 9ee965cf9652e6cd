import type { Notification } from '@contract/referrals'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { openRoute } from '@/lib/navigation'
import { listNotifications } from '../api/list-notifications'
import { markAllNotificationsRead } from '../api/mark-all-notifications-read'
import { markNotificationRead } from '../api/mark-notification-read'
import { formatChinaTime } from '../format-time'
import { notificationTarget } from '../notification-target'
import './notifications.scss'

const PAGE_SIZE = 20

/** In-app notices: unread ones stand out; tapping one marks it read and opens the page it is about. */
export function NotificationsScreen() {
  const [extra, setExtra] = useState<Notification[]>([])
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set())
  const [allRead, setAllRead] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(() => listNotifications({ limit: PAGE_SIZE }), [])
  const { data, error, loading, reload } = useRequest(load)

  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading && !data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (!data) return null

  const items = [...data.items, ...extra]
  const isRead = (notice: Notification) => allRead || notice.readAt !== null || readIds.has(notice.id)
  const unread = items.filter((notice) => !isRead(notice)).length

  const open = async (notice: Notification) => {
    setActionError(null)
    if (!isRead(notice)) {
      try {
        await markNotificationRead(notice.id)
        setReadIds((ids) => new Set([...ids, notice.id]))
      } catch (caught) {
        setActionError(messageOf(caught))
        return
      }
    }
    const target = notificationTarget(notice)
    if (target) openRoute(target)
  }

  const readAll = async () => {
    setBusy(true)
    setActionError(null)
    try {
      await markAllNotificationsRead()
      setAllRead(true)
    } catch (caught) {
      setActionError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const loadMore = async () => {
    setBusy(true)
    setActionError(null)
    try {
      const next = await listNotifications({ limit: PAGE_SIZE, offset: items.length })
      setExtra((previous) => [...previous, ...next.items])
    } catch (caught) {
      setActionError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  if (items.length === 0) {
    return <EmptyState title="暂无消息" description="案件受理、文书送达、履行提醒等消息会显示在这里。" />
  }

  return (
    <View>
      <View className="tj-section tj-ntf-head">
        <Text className="tj-section__title" data-testid="notifications-unread">
          {unread > 0 ? `${unread} 条未读` : '全部已读'}
        </Text>
        <Button
          className="tj-touch"
          data-testid="notifications-read-all"
          disabled={unread === 0 || busy}
          onClick={() => void readAll()}
        >
          全部已读
        </Button>
      </View>
      {actionError ? (
        <View className="tj-section tj-error" role="alert">
          {actionError}
        </View>
      ) : null}
      <View className="tj-ntf-list" role="list" aria-label="消息列表">
        {items.map((notice) => {
          const read = isRead(notice)
          return (
            <View
              key={notice.id}
              role="listitem"
              className={`tj-ntf-item tj-touch${read ? '' : ' tj-ntf-item--unread'}`}
              data-testid={`notification-${notice.id}`}
              data-read={read ? 'true' : 'false'}
              onClick={() => void open(notice)}
            >
              <View className="tj-ntf-item__head">
                <Text className="tj-ntf-item__title">{notice.title}</Text>
                {read ? null : <Text className="tj-ntf-item__dot">未读</Text>}
              </View>
              <Text className="tj-ntf-item__body">{notice.body}</Text>
              <Text className="tj-muted">{formatChinaTime(notice.createdAt)}</Text>
            </View>
          )
        })}
      </View>
      {items.length < data.total ? (
        <View className="tj-inset">
          <Button block className="tj-touch" loading={busy} disabled={busy} onClick={() => void loadMore()}>
            加载更多
          </Button>
        </View>
      ) : null}
    </View>
  )
}
