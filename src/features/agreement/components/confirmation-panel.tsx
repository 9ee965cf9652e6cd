import type { AgreementVersion } from '@contract/agreements'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { confirmAgreement } from '../api/confirm-agreement'
import '../../../styles/form-controls.scss'

interface ConfirmationPanelProps {
  caseId: string
  agreement: AgreementVersion
  /** The signed-in user's party role (applicant / respondent), or null for staff. */
  myPartyRole: string | null
  onConfirmed: (agreement: AgreementVersion) => void
  onSign: () => void
}

const PARTY_ROLES: Record<string, string> = { applicant: '申请人', respondent: '被申请人' }

/** Who has confirmed this text; a party confirms the exact version and hash on screen, which opens signing. */
export function ConfirmationPanel({ caseId, agreement, myPartyRole, onConfirmed, onSign }: ConfirmationPanelProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [checked, setChecked] = useState(false)

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      onConfirmed(await confirmAgreement(caseId, agreement))
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const confirmedByMe = agreement.confirmations.some((party) => party.role === myPartyRole && party.confirmedAt)
  const canConfirm = myPartyRole !== null && !confirmedByMe && agreement.latest && !agreement.confirmedAt
  const waitingForOthers = confirmedByMe && !agreement.confirmedAt
  return (
    <View className="tj-section tj-stack" aria-label="各方确认">
      <Text className="tj-section__title">各方确认</Text>
      {agreement.confirmations.map((party) => (
        <Text key={party.partyId}>
          {PARTY_ROLES[party.role] ?? party.role} {party.name}：{party.confirmedAt ? '已确认' : '未确认'}
        </Text>
      ))}
      {waitingForOthers ? <Text className="tj-muted">您已确认，等待其他当事人确认。</Text> : null}
      {agreement.effectiveAt ? <Text className="tj-muted">协议已签署生效。</Text> : null}
      {agreement.confirmedAt && !agreement.effectiveAt ? (
        <Text className="tj-muted">各方已确认第 {agreement.version} 版文本，可以签署。</Text>
      ) : null}
      {canConfirm ? (
        <>
          <View
            role="checkbox"
            aria-checked={checked}
            className={`tj-choice tj-touch${checked ? ' tj-choice--on' : ''}`}
            onClick={() => setChecked(!checked)}
          >
            我已阅读第 {agreement.version} 版全文，同意以上内容
          </View>
          <Button
            type="primary"
            block
            className="tj-touch"
            loading={busy}
            disabled={busy || !checked}
            onClick={() => void confirm()}
          >
            确认协议文本
          </Button>
        </>
      ) : null}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
      {agreement.confirmedAt && agreement.latest && !agreement.offlineSigningRequired ? (
        <Button type="primary" block className="tj-touch" onClick={onSign}>
          {agreement.effectiveAt ? '查看签署与下载' : '去签署'}
        </Button>
      ) : null}
    </View>
  )
}
