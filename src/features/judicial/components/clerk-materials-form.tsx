import type { JudicialApplication } from '@contract/judicial'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { requestMaterials } from '../api/request-materials'
import { addDays, chinaDate } from '../judicial-dates'
import { useClerkAction } from './clerk-action'
import { TextField } from '@/components/text-field'
import '../../../styles/form-controls.scss'

/** Time limits offered in calendar days from today (China time); null = none given. */
const DUE_CHOICES = [7, 15, null] as const
const DEFAULT_DAYS = 7

interface ClerkMaterialsFormProps {
  applicationId: string
  onDone: (application: JudicialApplication) => void
}

/** Asks the parties for supplementary statements or proof by a date (CPL-Interp 354, 356); they are notified at once. */
export function ClerkMaterialsForm({ applicationId, onDone }: ClerkMaterialsFormProps) {
  const [message, setMessage] = useState('')
  const [days, setDays] = useState<number | null>(DEFAULT_DAYS)
  const [invalid, setInvalid] = useState<string | undefined>()
  const { busy, error, run } = useClerkAction((application) => {
    setMessage('')
    onDone(application)
  })

  const submit = () => {
    const value = message.trim()
    if (value.length < 2) {
      setInvalid('请写明需要当事人补充的材料')
      return
    }
    if (value.length > 1000) {
      setInvalid('补充材料说明不能超过 1000 字')
      return
    }
    setInvalid(undefined)
    const dueDate = days === null ? undefined : addDays(chinaDate(new Date()), days)
    void run(() => requestMaterials(applicationId, dueDate ? { message: value, dueDate } : { message: value }))
  }

  return (
    <View className="tj-section tj-stack" aria-label="要求补充材料">
      <Text className="tj-section__title">要求补充材料</Text>
      <TextField
        path="materialsMessage"
        label="需补充的材料"
        placeholder="如：请补充被申请人营业执照副本"
        value={message}
        onChange={setMessage}
        error={invalid}
        multiline
      />
      <View className="tj-field" data-field="materialsDueDate">
        <Text className="tj-field__label">补充期限（民诉法解释第三百五十四条）</Text>
        <View className="tj-jc-choices">
          {DUE_CHOICES.map((choice) => (
            <Button
              key={choice ?? 'none'}
              size="small"
              type={days === choice ? 'primary' : 'default'}
              className="tj-touch"
              data-testid={`clerk-due-${choice ?? 'none'}`}
              aria-pressed={days === choice}
              onClick={() => setDays(choice)}
            >
              {choice === null ? '不指定' : `${choice} 日内`}
            </Button>
          ))}
        </View>
        <Text className="tj-muted">
          {days === null
            ? '不指定期限：当事人补齐前不能作出裁定。'
            : `当事人须于 ${addDays(chinaDate(new Date()), days)} 前补充；无正当理由逾期不补充的，可以按撤回申请处理（民诉法解释第三百五十七条）。`}
        </Text>
      </View>
      <Button block className="tj-touch" loading={busy} disabled={busy} data-testid="clerk-request" onClick={submit}>
        发送补充材料通知
      </Button>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
