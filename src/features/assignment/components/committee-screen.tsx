import type { Organisation } from '@contract/organisations'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { listCommitteeCases, type CommitteeView } from '../api/list-committee-cases'
import { listCommittees } from '../api/list-committees'
import { CommitteeCaseCard } from './committee-case-card'
import './assignment.scss'

const VIEWS: Array<{ key: CommitteeView; label: string }> = [
  { key: 'incoming', label: '待受理' },
  { key: 'active', label: '办理中' },
  { key: 'overdue', label: '已超期' },
]

interface CommitteeScreenProps {
  myCommitteeId: string | null
  statusLabel: (status: string) => string
  onOpenCase: (caseId: string) => void
}

interface CaseListProps extends CommitteeScreenProps {
  view: CommitteeView
  committees: Organisation[]
  onAccepted: () => void
}

/** One tab's cases; cards stay mounted while the list reloads after an action, so their messages survive. */
function CommitteeCaseList(props: CaseListProps) {
  const { view, committees, myCommitteeId, statusLabel, onAccepted, onOpenCase } = props
  const cases = useRequest(useCallback(() => listCommitteeCases(view), [view]))
  if (cases.error) return <ErrorNotice error={cases.error} onRetry={() => void cases.reload()} />
  if (!cases.data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (cases.data.length === 0) {
    return <EmptyState title="暂无案件" description="新的申请和转介会出现在“待受理”中。" />
  }
  return (
    <View>
      {cases.data.map((item) => (
        <CommitteeCaseCard
          key={item.caseId}
          item={item}
          committees={committees}
          myCommitteeId={myCommitteeId}
          statusLabel={statusLabel}
          onChanged={() => void cases.reload()}
          onAccepted={onAccepted}
          onOpenCase={onOpenCase}
        />
      ))}
    </View>
  )
}

/** The committee admin's desk: accept, transfer, assign; overdue cases on their own tab. */
export function CommitteeScreen(props: CommitteeScreenProps) {
  const [view, setView] = useState<CommitteeView>('incoming')
  const committees = useRequest(listCommittees)
  return (
    <View>
      <View className="tj-tabs" role="tablist">
        {VIEWS.map((option) => (
          <View
            key={option.key}
            role="tab"
            aria-selected={option.key === view}
            className={`tj-tab ${option.key === view ? 'tj-tab--active' : ''}`}
            onClick={() => setView(option.key)}
          >
            <Text>{option.label}</Text>
          </View>
        ))}
      </View>
      <CommitteeCaseList
        key={view}
        view={view}
        committees={committees.data ?? []}
        onAccepted={() => setView('active')}
        {...props}
      />
    </View>
  )
}
