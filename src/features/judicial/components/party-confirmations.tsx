import type { JudicialApplication } from '@contract/judicial'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { confirmApplication } from '../api/confirm-application'
import { formatChinaTime } from '../judicial-dates'
import { PARTY_ROLE_LABELS } from '../judicial-labels'

interface PartyConfirmationsProps {
  caseId: string
  application: JudicialApplication
  /** The party ids that are the signed-in user (none for the mediator). */
  myPartyIds: string[]
  onConfirmed: (application: JudicialApplication) => void
}

/** The joint application (CPL 205): each party confirms the text; the last confirmation submits it. */
export function PartyConfirmations({ caseId, application, myPartyIds, onConfirmed }: PartyConfirmationsProps) {
  const [checked, setChecked] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const mine = application.parties.filter((party) => myPartyIds.includes(party.partyId))
  const awaiting = application.status === 'awaiting_parties'
  const canConfirm = awaiting && mine.some((party) => !party.confirmedAt)
  const waitingForOthers = awaiting && mine.length > 0 && !canConfirm

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      onConfirmed(await confirmApplication(caseId))
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="共同申请确认">
      <Text className="tj-section__title">双方共同申请</Text>
      {application.parties.map((party) => (
        <Text key={party.partyId} data-testid={`judicial-party-${party.partyId}`} data-confirmed={!!party.confirmedAt}>
          {PARTY_ROLE_LABELS[party.role] ?? party.role} {party.name}：
          {party.confirmedAt ? `已确认（${formatChinaTime(party.confirmedAt)}）` : '未确认'}
          {myPartyIds.includes(party.partyId) ? '（您）' : ''}
        </Text>
      ))}
      {waitingForOthers ? (
        <Text className="tj-muted">您已确认，等待其他当事人确认；全部确认后自动提交法院。</Text>
      ) : null}
      {awaiting && mine.length === 0 ? (
        <Text className="tj-muted">申请书须由各方当事人本人确认，全部确认后自动提交法院。</Text>
      ) : null}
      {canConfirm ? (
        <>
          <View
            role="checkbox"
            aria-checked={checked}
            data-testid="judicial-confirm-read"
            className={`tj-jc-chip${checked ? ' tj-jc-chip--on' : ''}`}
            onClick={() => setChecked(!checked)}
          >
            我已阅读申请书全文，自愿与对方共同申请司法确认
          </View>
          <Button
            type="primary"
            block
            className="tj-touch"
            loading={busy}
            disabled={busy || !checked}
            data-testid="judicial-confirm"
            onClick={() => void confirm()}
          >
            确认申请书
          </Button>
        </>
      ) : null}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
