import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { listRatings } from '../api/list-ratings'
import { formatChinaTime } from '../format-time'

/** Committee admin: the parties' ratings of this mediation and their average. */
export function RatingsView({ caseId }: { caseId: string }) {
  const load = useCallback(() => listRatings(caseId), [caseId])
  const { data, error, loading, reload } = useRequest(load)
  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading || !data) return <Loading>加载中…</Loading>
  return (
    <View className="tj-section tj-stack" aria-label="当事人评价" data-testid="ratings">
      <Text className="tj-section__title">
        当事人评价{data.average === null ? '' : `（平均 ${data.average.toFixed(1)} 分）`}
      </Text>
      {data.items.length === 0 ? <Text className="tj-muted">当事人尚未评价。</Text> : null}
      {data.items.map((rating, index) => (
        <View key={`${rating.partyName}-${index}`} className="tj-perf-visit" role="listitem">
          <Text className="tj-perf-label">
            {rating.partyName}：{rating.score} 分
          </Text>
          {rating.comment ? <Text>{rating.comment}</Text> : null}
          <Text className="tj-muted">{formatChinaTime(rating.createdAt)}</Text>
        </View>
      ))}
    </View>
  )
}
