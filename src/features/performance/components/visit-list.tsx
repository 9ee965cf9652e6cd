import type { Performance } from '@contract/performance'
import { Text, View } from '@tarojs/components'
import { labelOf, VISIT_METHOD_LABELS, VISIT_PERFORMANCE_LABELS } from '../visit-labels'

/** The mediator's follow-up visits (回访记录), newest as the server orders them. */
export function VisitList({ visits }: { visits: Performance['visits'] }) {
  return (
    <View className="tj-section tj-stack" aria-label="回访记录">
      <Text className="tj-section__title">回访记录</Text>
      {visits.length === 0 ? <Text className="tj-muted">调解员尚未回访。</Text> : null}
      {visits.map((visit) => (
        <View key={visit.id} className="tj-perf-visit" role="listitem" data-testid={`visit-${visit.id}`}>
          <Text className="tj-perf-label">
            {visit.visitedOn} · {labelOf(VISIT_METHOD_LABELS, visit.method)} ·{' '}
            {labelOf(VISIT_PERFORMANCE_LABELS, visit.performance)}
          </Text>
          <Text>{visit.notes}</Text>
          <Text className="tj-muted">调解员：{visit.mediatorName}</Text>
        </View>
      ))}
    </View>
  )
}
