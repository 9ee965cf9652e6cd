import type { Inbox, ServedDocument } from '@contract/service'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { getInbox } from '../api/get-inbox'
import { ServedDocumentCard } from './served-document-card'

/** My served documents (all cases, or one case), unread first in the eye: each card says 已读 or 未读. */
export function InboxList({ caseId }: { caseId?: string }) {
  const load = useCallback((): Promise<Inbox> => getInbox(), [])
  const { data, error, loading, reload } = useRequest(load)
  const [opened, setOpened] = useState<Record<string, ServedDocument>>({})

  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading && !data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (!data) return null
  const items = data.items.filter((item) => !caseId || item.caseId === caseId).map((item) => opened[item.id] ?? item)
  if (items.length === 0) {
    return <EmptyState title="暂无送达文书" description="调解协议、笔录、裁定等文书送达后会显示在这里。" />
  }
  const unread = items.filter((item) => item.openedAt === null).length
  return (
    <View className="tj-stack">
      <View className="tj-section">
        <Text className="tj-section__title" data-testid="inbox-unread">
          {unread > 0 ? `${unread} 份未读` : '全部已读'}
        </Text>
        <Text className="tj-muted">文书到达送达箱即为送达；首次打开的时间记为您的签收回执。</Text>
      </View>
      <View className="tj-stack" role="list" aria-label="送达文书">
        {items.map((item) => (
          <ServedDocumentCard
            key={item.id}
            served={item}
            onOpened={(fresh) => setOpened((previous) => ({ ...previous, [fresh.id]: fresh }))}
          />
        ))}
      </View>
    </View>
  )
}
