import type { Deadline } from '@contract/assignment'
import { Text, View } from '@tarojs/components'

/** Days left (or overdue) of the mediation period, with the rule it comes from. */
export function DeadlineBadge({ deadline }: { deadline: Deadline | null }) {
  if (!deadline) return <Text className="tj-muted">受理后开始计算调解期限</Text>
  const due = deadline.dueAt.slice(0, 10)
  return (
    <View className={`tj-deadline ${deadline.overdue ? 'tj-deadline--overdue' : ''}`} data-overdue={deadline.overdue}>
      <Text>
        {deadline.overdue ? `已超期 ${-deadline.daysLeft} 天` : `剩余 ${deadline.daysLeft} 天`}（{due} 到期）
      </Text>
      <Text className="tj-muted">
        {deadline.basis}
        {deadline.configurable ? '（期限可由调委会设置）' : ''}
      </Text>
    </View>
  )
}
