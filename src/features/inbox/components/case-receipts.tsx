import type { ServedDocument } from '@contract/service'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { listCaseReceipts } from '../api/list-case-receipts'
import { formatChinaTime } from '../format-time'
import { receiptLabel, SERVED_KIND_LABELS, serviceCompletionLabel } from '../served-labels'

/** Copies of the same document (one per party) share its hash; group them so each document reads as one row. */
function byDocument(items: ServedDocument[]): ServedDocument[][] {
  const groups = new Map<string, ServedDocument[]>()
  for (const item of items) {
    const key = `${item.sha256}:${item.title}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups.values()]
}

/** Staff view (CPL 90): for each document served in the case, whether and when every party opened it. */
export function CaseReceipts({ caseId }: { caseId: string }) {
  const load = useCallback(() => listCaseReceipts(caseId), [caseId])
  const { data, error, loading, reload } = useRequest(load)

  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading && !data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (!data || data.length === 0) {
    return <EmptyState title="本案尚无送达记录" description="协议签署完成后会自动送达各方当事人。" />
  }
  return (
    <View className="tj-stack" role="list" aria-label="送达回执">
      {byDocument(data).map((copies) => (
        <View key={copies[0].id} className="tj-section tj-stack" role="listitem" aria-label={copies[0].title}>
          <Text className="tj-section__title">{copies[0].title}</Text>
          <Text className="tj-muted">
            {SERVED_KIND_LABELS[copies[0].kind] ?? copies[0].kind} · 送达时间：{formatChinaTime(copies[0].servedAt)}
          </Text>
          {copies.map((copy) => (
            <View
              key={copy.id}
              className="tj-inbox-receipt"
              data-testid={`receipt-${copy.id}`}
              data-read={copy.openedAt ? 'true' : 'false'}
            >
              <Text className="tj-inbox-label">{copy.partyName}</Text>
              <Text className={copy.openedAt ? 'tj-inbox-badge' : 'tj-inbox-badge tj-inbox-badge--unread'}>
                {receiptLabel(copy)}
              </Text>
              <Text className="tj-muted">
                {copy.addressConfirmed ? '已确认送达地址' : '未确认送达地址'}；{serviceCompletionLabel(copy)}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
