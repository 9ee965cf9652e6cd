import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { runPaymentReminders } from '../api/run-payment-reminders'

/** Staff: remind payers whose instalments fall due within three days (each instalment is reminded once). */
export function ReminderButton() {
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<string | null>(null)
  const send = async () => {
    setSending(true)
    try {
      const reminded = await runPaymentReminders(3)
      setResult(reminded > 0 ? `已提醒 ${reminded} 笔即将到期的款项` : '三日内没有需要提醒的款项')
    } catch (caught) {
      setResult(messageOf(caught))
    } finally {
      setSending(false)
    }
  }
  return (
    <View className="tj-inset tj-stack">
      <Button block className="tj-touch" loading={sending} disabled={sending} onClick={() => void send()}>
        提醒三日内到期的付款方
      </Button>
      {result ? <Text className="tj-muted">{result}</Text> : null}
    </View>
  )
}
