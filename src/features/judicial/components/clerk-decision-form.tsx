import type { JudicialApplication } from '@contract/judicial'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { decideApplication } from '../api/decide-application'
import { useClerkAction } from './clerk-action'
import { TextField } from '@/components/text-field'
import '../../../styles/form-controls.scss'

interface ClerkDecisionFormProps {
  applicationId: string
  onDone: (application: JudicialApplication) => void
}

type Outcome = 'valid' | 'rejected'

const OUTCOMES: { value: Outcome; label: string; hint: string }[] = [
  { value: 'valid', label: '裁定调解协议有效', hint: '民事诉讼法第二百零六条' },
  { value: 'rejected', label: '裁定驳回申请', hint: '民诉法解释第三百五十五条、第三百五十八条' },
]

/** The ruling: valid, or rejected with the reasons the parties will read (CPL 206; CPL-Interp 358). */
export function ClerkDecisionForm({ applicationId, onDone }: ClerkDecisionFormProps) {
  const [outcome, setOutcome] = useState<Outcome | ''>('')
  const [reasons, setReasons] = useState('')
  const [invalid, setInvalid] = useState<{ outcome?: string; reasons?: string }>({})
  const { busy, error, run } = useClerkAction(onDone)

  const submit = () => {
    const text = reasons.trim()
    if (!outcome) {
      setInvalid({ outcome: '请选择裁定结果' })
      return
    }
    if (outcome === 'rejected' && text.length < 2) {
      setInvalid({ reasons: '驳回申请须写明理由' })
      return
    }
    if (text.length > 2000) {
      setInvalid({ reasons: '理由不能超过 2000 字' })
      return
    }
    setInvalid({})
    void run(() => decideApplication(applicationId, text ? { outcome, reasons: text } : { outcome }))
  }

  return (
    <View className="tj-section tj-stack" aria-label="作出裁定">
      <Text className="tj-section__title">作出裁定</Text>
      <View className={`tj-field${invalid.outcome ? ' tj-field--invalid' : ''}`} data-field="outcome">
        <View className="tj-jc-chips" role="radiogroup" aria-label="裁定结果">
          {OUTCOMES.map((option) => (
            <View
              key={option.value}
              role="radio"
              aria-checked={outcome === option.value}
              data-testid={`clerk-outcome-${option.value}`}
              className={`tj-jc-chip${outcome === option.value ? ' tj-jc-chip--on' : ''}`}
              onClick={() => setOutcome(option.value)}
            >
              <Text>{option.label}</Text>
              <Text className="tj-jc-article">{option.hint}</Text>
            </View>
          ))}
        </View>
        {invalid.outcome ? (
          <View className="tj-error" role="alert">
            {invalid.outcome}
          </View>
        ) : null}
      </View>
      <TextField
        path="decisionReasons"
        label={outcome === 'rejected' ? '驳回理由（必填，当事人可见）' : '理由（可选）'}
        placeholder="如：协议第二条履行期限约定不明确"
        value={reasons}
        onChange={setReasons}
        error={invalid.reasons}
        multiline
      />
      <Text className="tj-muted">裁定后系统生成民事裁定书并送达各方当事人。</Text>
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={busy}
        disabled={busy}
        data-testid="clerk-decide"
        onClick={submit}
      >
        作出裁定
      </Button>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
