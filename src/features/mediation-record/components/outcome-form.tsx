import type { RecordOutcomeResult } from '@contract/mediation-record'
import type { CaseOutcome } from '@contract/referrals'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { recordOutcome } from '../api/record-outcome'
import { OUTCOME_LABELS } from '../record-labels'
import { ChoiceChips, optionsOf } from '@/components/choice-chips'
import { TextField } from '@/components/text-field'

type EndingOutcome = Extract<CaseOutcome, 'agreement' | 'partial' | 'failed'>
const ENDINGS: readonly EndingOutcome[] = ['agreement', 'partial', 'failed']
const REASON_MAX = 1000

interface OutcomeFormProps {
  caseId: string
  onRecorded: (result: RecordOutcomeResult, outcome: EndingOutcome, reason: string | null) => void
}

function reasonError(outcome: EndingOutcome | '', reason: string): string | undefined {
  const text = reason.trim()
  if (outcome === 'failed' && text === '') return '调解不成的，请写明原因'
  if (outcome === 'partial' && text === '') return '部分达成的，请写明未达成的部分及原因'
  if (text.length > REASON_MAX) return `原因不能超过 ${REASON_MAX} 字`
  return undefined
}

/** The mediator ends the mediation: 达成协议, 部分达成 or 调解不成 with the reason (OMR 21). */
export function OutcomeForm({ caseId, onRecorded }: OutcomeFormProps) {
  const [outcome, setOutcome] = useState<EndingOutcome | ''>('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string }>({})
  const [submitError, setSubmitError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const found = { outcome: outcome === '' ? '请选择调解结果' : undefined, reason: reasonError(outcome, reason) }
    setErrors(found)
    setSubmitError(null)
    if (outcome === '' || found.reason) return
    setBusy(true)
    try {
      const text = reason.trim()
      onRecorded(
        await recordOutcome(caseId, text === '' ? { outcome } : { outcome, reason: text }),
        outcome,
        text || null,
      )
    } catch (error) {
      const fieldMessage = isApiError(error) ? error.fieldMessage('reason') : undefined
      if (fieldMessage) setErrors({ reason: fieldMessage })
      setSubmitError(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="记录调解结果">
      <Text className="tj-section__title">记录调解结果</Text>
      <ChoiceChips<EndingOutcome | ''>
        path="outcome"
        label="调解结果"
        options={optionsOf(OUTCOME_LABELS, ENDINGS)}
        value={outcome}
        error={errors.outcome}
        onChange={(value) => setOutcome(value)}
      />
      <TextField
        path="reason"
        label={outcome === 'agreement' ? '说明（可不填）' : '原因'}
        multiline
        value={reason}
        error={errors.reason}
        placeholder={
          outcome === 'partial' ? '哪些事项未达成一致，为什么' : '如：被申请人不同意支付赔偿金，双方差距较大'
        }
        onChange={setReason}
      />
      {outcome === 'failed' || outcome === 'partial' ? (
        <Text className="tj-muted">
          提交后，系统会向各方送达终止调解告知书，告知仲裁、诉讼、行政等途径（《人民调解法》第二十六条）。
        </Text>
      ) : null}
      {submitError ? (
        <View className="tj-error" role="alert">
          {submitError}
        </View>
      ) : null}
      <Button type="primary" block className="tj-touch" loading={busy} disabled={busy} onClick={() => void submit()}>
        提交调解结果
      </Button>
    </View>
  )
}
