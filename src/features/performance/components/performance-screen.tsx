import type { Performance, TrackedInstalment } from '@contract/performance'
import type { Role } from '@contract/roles'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { getPerformance } from '../api/get-performance'
import { InstalmentCard } from './instalment-card'
import { RatingForm } from './rating-form'
import { RatingsView } from './ratings-view'
import { ReminderButton } from './reminder-button'
import { VisitForm } from './visit-form'
import { VisitList } from './visit-list'
import './performance.scss'

interface PerformanceScreenProps {
  caseId: string
  activeRole: Role | null
}

function ConfirmationNote({ confirmed }: { confirmed: boolean }) {
  return (
    <View className="tj-section" data-testid="perf-legal-note">
      <Text className="tj-muted">
        {confirmed
          ? '本协议已经人民法院司法确认。对方不履行的，可以向作出确认裁定的法院申请强制执行，申请期限为二年（民事诉讼法第二百五十条）。'
          : '调解协议具有法律约束力，当事人应当按照约定履行（人民调解法第三十一条）；对方不履行的，可以向人民法院起诉（人民调解法第三十二条）。'}
        本页提供法律信息，不构成法律意见。
      </Text>
    </View>
  )
}

/** 履行情况: the instalment schedule with each side's actions, the mediator's visits, and the rating. */
export function PerformanceScreen({ caseId, activeRole }: PerformanceScreenProps) {
  const load = useCallback(() => getPerformance(caseId), [caseId])
  const { data: performance, error, loading, reload } = useRequest(load)
  const [changed, setChanged] = useState<Record<string, TrackedInstalment>>({})
  const [visits, setVisits] = useState<Performance['visits'] | null>(null)

  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading && !performance) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (!performance) return null

  const mine = new Set(performance.parties.filter((party) => party.isMe).map((party) => party.id))
  const isStaff = performance.myRole === 'staff'
  const nameOf = (partyId: string | null) =>
    performance.parties.find((party) => party.id === partyId)?.name ?? (partyId ? '当事人' : '—')
  const instalments = performance.instalments.map((item) => changed[item.id] ?? item)

  return (
    <View className="tj-stack">
      <View className="tj-section">
        <Text className="tj-section__title">{performance.title}</Text>
        <Text className="tj-muted">{performance.caseNumber}</Text>
      </View>
      {instalments.length === 0 ? (
        <EmptyState
          title="暂无履行安排"
          description="调解协议生效后，协议中的付款期限和金额会显示在这里，到期前会提醒付款方。"
        />
      ) : (
        <View className="tj-stack" role="list" aria-label="履行安排">
          {instalments.map((item) => (
            <InstalmentCard
              key={item.id}
              caseId={caseId}
              instalment={item}
              nameOf={nameOf}
              isPayer={mine.has(item.payerPartyId)}
              isPayee={item.payeePartyId !== null && mine.has(item.payeePartyId)}
              isStaff={isStaff}
              onChanged={(fresh) => setChanged((previous) => ({ ...previous, [fresh.id]: fresh }))}
            />
          ))}
        </View>
      )}
      <ConfirmationNote confirmed={performance.judiciallyConfirmed} />
      {isStaff && instalments.length > 0 ? <ReminderButton /> : null}
      <VisitList visits={visits ?? performance.visits} />
      {isStaff && activeRole === 'mediator' ? <VisitForm caseId={caseId} onSaved={setVisits} /> : null}
      {isStaff ? null : <RatingForm caseId={caseId} myRating={performance.myRating} />}
      {isStaff && activeRole === 'committee_admin' ? <RatingsView caseId={caseId} /> : null}
    </View>
  )
}
