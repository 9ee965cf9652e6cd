import type { JudicialStatus } from '@contract/judicial'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { listQueue } from '../api/list-queue'
import { formatChinaTime } from '../judicial-dates'
import { statusLabel } from '../judicial-labels'
import { DeadlineBadge } from './deadline-badge'
import './judicial.scss'

const FILTERS: { value: JudicialStatus | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'submitted', label: '待立案' },
  { value: 'filed', label: '审查中' },
  { value: 'materials_requested', label: '待补充材料' },
  { value: 'confirmed', label: '已确认' },
  { value: 'rejected', label: '已驳回' },
]

/** One status's applications; keyed by the filter, so a new filter loads afresh. */
function QueueList({ filter, onOpen }: { filter: JudicialStatus | 'all'; onOpen: (applicationId: string) => void }) {
  const load = useCallback(() => listQueue(filter === 'all' ? undefined : filter), [filter])
  const { data, error, loading, reload } = useRequest(load)
  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading || !data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (data.length === 0) return <EmptyState title="没有申请" description="当事人提交的司法确认申请会出现在这里。" />
  return (
    <View className="tj-section" aria-label="申请列表">
      {[...data]
        .sort((a, b) => Number(b.overdue) - Number(a.overdue))
        .map((item) => (
          <View
            key={item.id}
            role="button"
            className="tj-jc-item tj-jc-item--clickable"
            data-testid={`judicial-queue-${item.id}`}
            onClick={() => onOpen(item.id)}
          >
            <View className="tj-jc-item__head">
              <Text className="tj-jc-item__title">{item.courtCaseNumber ?? item.caseNumber}</Text>
              <DeadlineBadge application={item} />
            </View>
            <Text>{item.parties.map((party) => party.name).join(' 与 ')}</Text>
            <Text className="tj-muted">
              {statusLabel(item.status)}
              {item.submittedAt ? ` · ${formatChinaTime(item.submittedAt)} 提交` : ''}
            </Text>
          </View>
        ))}
    </View>
  )
}

/** The court's queue of judicial-confirmation applications, with the deadline of each (overdue first). */
export function ClerkQueue({ onOpen }: { onOpen: (applicationId: string) => void }) {
  const [filter, setFilter] = useState<JudicialStatus | 'all'>('all')
  return (
    <View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">司法确认申请</Text>
        <Text className="tj-muted">
          特别程序案件应在立案之日起三十日内审结（民事诉讼法第一百八十七条）。超期的申请排在最前。
        </Text>
        <View className="tj-jc-chips" role="radiogroup" aria-label="按状态筛选">
          {FILTERS.map((option) => (
            <View
              key={option.value}
              role="radio"
              aria-checked={filter === option.value}
              data-testid={`judicial-filter-${option.value}`}
              className={`tj-jc-chip${filter === option.value ? ' tj-jc-chip--on' : ''}`}
              onClick={() => setFilter(option.value)}
            >
              {option.label}
            </View>
          ))}
        </View>
      </View>
      <QueueList key={filter} filter={filter} onOpen={onOpen} />
    </View>
  )
}
