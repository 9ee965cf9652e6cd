import type { CommitteeCase } from '@contract/assignment'
import type { Organisation } from '@contract/organisations'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { acceptCase } from '../api/accept-case'
import { assignMediator } from '../api/assign-mediator'
import { transferCase } from '../api/transfer-case'
import { AssignPanel } from './assign-panel'
import { DeadlineBadge } from './deadline-badge'
import { TransferPanel } from './transfer-panel'

const MEDIATOR_STATUS: Record<string, string> = {
  pending: '待确认',
  accepted: '已接受',
  conflict: '申请回避',
  withdrawn: '已撤回',
}

interface CommitteeCaseCardProps {
  item: CommitteeCase
  committees: Organisation[]
  myCommitteeId: string | null
  statusLabel: (status: string) => string
  onChanged: () => void
  /** Accepted cases leave 待受理; the desk follows them to 办理中, where they get their mediator. */
  onAccepted: () => void
  onOpenCase: (caseId: string) => void
}

export function CommitteeCaseCard(props: CommitteeCaseCardProps) {
  const { item, committees, myCommitteeId, statusLabel, onChanged, onAccepted, onOpenCase } = props
  const [panel, setPanel] = useState<'assign' | 'transfer' | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const run = async (action: () => Promise<unknown>, message: string, after = onChanged) => {
    setBusy(true)
    setError(null)
    try {
      await action()
      setDone(message)
      setPanel(null)
      after()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const activeMediators = item.mediators.filter((m) => m.status === 'pending' || m.status === 'accepted')
  const needsMediator = item.status !== 'pending_acceptance' && activeMediators.length === 0
  return (
    <View className="tj-section tj-stack tj-committee-case" data-case={item.caseId}>
      <View className="tj-committee-case__head" role="button" onClick={() => onOpenCase(item.caseId)}>
        <Text className="tj-section__title">{item.title}</Text>
        <Text className="tj-committee-case__status">{statusLabel(item.status)}</Text>
      </View>
      <Text className="tj-muted">
        {item.caseNumber} · {item.source === 'police' ? '民警转介' : '当事人申请'}
      </Text>
      <DeadlineBadge deadline={item.deadline} />
      {item.requestedMediators.length > 0 ? (
        <Text>当事人申请的调解员：{item.requestedMediators.map((m) => m.name).join('、')}</Text>
      ) : null}
      {item.mediators.map((mediator) => (
        <Text key={mediator.userId}>
          调解员 {mediator.name}：{MEDIATOR_STATUS[mediator.status] ?? mediator.status}
        </Text>
      ))}
      {needsMediator ? <Text className="tj-error">需要分派调解员</Text> : null}
      <View className="tj-committee-case__actions">
        {item.status === 'pending_acceptance' ? (
          <Button
            type="primary"
            className="tj-touch"
            loading={busy}
            onClick={() => void run(() => acceptCase(item.caseId), '已受理', onAccepted)}
          >
            受理
          </Button>
        ) : null}
        {needsMediator || activeMediators.length === 0 ? (
          <Button className="tj-touch" onClick={() => setPanel(panel === 'assign' ? null : 'assign')}>
            分派调解员
          </Button>
        ) : null}
        <Button className="tj-touch" onClick={() => setPanel(panel === 'transfer' ? null : 'transfer')}>
          转交
        </Button>
      </View>
      {panel === 'assign' ? (
        <AssignPanel
          caseId={item.caseId}
          busy={busy}
          onAssign={(choice) => void run(() => assignMediator(item.caseId, choice), '已分派调解员')}
        />
      ) : null}
      {panel === 'transfer' ? (
        <TransferPanel
          committees={committees}
          currentCommitteeId={myCommitteeId}
          busy={busy}
          onTransfer={(committeeId, reason) =>
            void run(() => transferCase(item.caseId, { committeeId, reason }), '已转交')
          }
        />
      ) : null}
      {done ? <Text className="tj-muted">{done}</Text> : null}
      {error ? (
        <View role="alert">
          <Text className="tj-error">{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
