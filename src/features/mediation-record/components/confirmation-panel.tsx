import type { MediationRecord } from '@contract/mediation-record'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { confirmMediationRecord } from '../api/confirm-mediation-record'
import { formatChinaTime } from '../format-time'
import { PARTY_ROLE_LABELS } from '../record-labels'
import '../../../styles/form-controls.scss'

interface ConfirmationPanelProps {
  caseId: string
  record: MediationRecord
  onConfirmed: (record: MediationRecord) => Promise<void>
  /** The version confirmed was superseded: reload and read the newest. */
  onLoadLatest: () => void
}

/** The text on screen is no longer the one to confirm: a newer version, or a text that differs from it. */
const STALE_CODES = new Set(['RECORD_VERSION_STALE', 'RECORD_TEXT_MISMATCH'])

/** Who has confirmed this version and when; the caller confirms the exact version and text hash on screen. */
export function ConfirmationPanel({ caseId, record, onConfirmed, onLoadLatest }: ConfirmationPanelProps) {
  const [busy, setBusy] = useState(false)
  const [checked, setChecked] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [stale, setStale] = useState(false)

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await onConfirmed(await confirmMediationRecord(caseId, record))
    } catch (caught) {
      setStale(isApiError(caught) && STALE_CODES.has(caught.code))
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="确认情况">
      <Text className="tj-section__title">确认情况</Text>
      {record.confirmations.map((c, i) => (
        <Text key={`${c.role}-${c.partyId ?? c.userId ?? i}`} className="tj-rec-line">
          {PARTY_ROLE_LABELS[c.role] ?? c.role} {c.name}：
          {c.confirmedAt ? `已确认（${formatChinaTime(c.confirmedAt)}）` : '未确认'}
        </Text>
      ))}
      {record.allConfirmedAt ? (
        <Text className="tj-muted">
          各方已于 {formatChinaTime(record.allConfirmedAt)} 确认第 {record.version} 版笔录。
        </Text>
      ) : null}
      {record.servedAt ? (
        <Text className="tj-muted">笔录已于 {formatChinaTime(record.servedAt)} 送达各方的文书收件箱。</Text>
      ) : null}
      {record.latest && record.canConfirm ? (
        <>
          <View
            role="checkbox"
            aria-checked={checked}
            className={`tj-choice tj-touch${checked ? ' tj-choice--on' : ''}`}
            onClick={() => setChecked(!checked)}
          >
            我已阅读第 {record.version} 版笔录全文，记录的内容与事实相符
          </View>
          <Button
            type="primary"
            block
            className="tj-touch"
            loading={busy}
            disabled={busy || !checked}
            onClick={() => void confirm()}
          >
            确认笔录
          </Button>
        </>
      ) : null}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
      {stale ? (
        <Button block className="tj-touch" onClick={onLoadLatest}>
          阅读最新版本
        </Button>
      ) : null}
    </View>
  )
}
