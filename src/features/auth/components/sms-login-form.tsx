import type { TokenPair } from '@contract/auth'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useCountdown } from '@/hooks/use-countdown'
import { isApiError, messageOf } from '@/lib/api-error'
import { normalisePhone, phoneError, smsCodeError } from '@/lib/validation/phone'
import { loginWithSms } from '../api/login-with-sms'
import { sendSmsCode } from '../api/send-sms-code'
import './sms-login-form.scss'

interface FieldErrors {
  phone?: string
  code?: string
  form?: string
}

function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(7)}`
}

export function SmsLoginForm({ onLoggedIn }: { onLoggedIn: (pair: TokenPair) => void }) {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const { secondsLeft, start } = useCountdown()

  const requestCode = async () => {
    const problem = phoneError(phone)
    if (problem) return setErrors({ phone: problem })
    const normalised = normalisePhone(phone)
    setErrors({})
    setSending(true)
    try {
      const result = await sendSmsCode(normalised)
      start(result.retryAfterSeconds)
      setSentTo(normalised)
    } catch (error) {
      setErrors(
        isApiError(error) && error.fieldMessage('phone')
          ? { phone: error.fieldMessage('phone') }
          : { form: messageOf(error) },
      )
    } finally {
      setSending(false)
    }
  }

  const submit = async () => {
    const next: FieldErrors = { phone: phoneError(phone) ?? undefined, code: smsCodeError(code) ?? undefined }
    if (next.phone || next.code) return setErrors(next)
    setErrors({})
    setSubmitting(true)
    try {
      onLoggedIn(await loginWithSms({ phone: normalisePhone(phone), code: code.trim() }))
    } catch (error) {
      const fieldMessage = isApiError(error) ? error.fieldMessage('code') : undefined
      setErrors(fieldMessage ? { code: fieldMessage } : { form: messageOf(error) })
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View className="tj-login-form tj-stack">
      <View className="tj-login-form__field">
        <Text className="tj-login-form__label">手机号</Text>
        <Input type="number" maxLength={11} placeholder="请输入手机号" value={phone} onChange={setPhone} name="phone" />
        {errors.phone ? <Text className="tj-error">{errors.phone}</Text> : null}
      </View>
      <View className="tj-login-form__field">
        <Text className="tj-login-form__label">验证码</Text>
        <View className="tj-login-form__code-row">
          <Input type="number" maxLength={6} placeholder="6位验证码" value={code} onChange={setCode} name="code" />
          <Button className="tj-touch" disabled={sending || secondsLeft > 0} onClick={() => void requestCode()}>
            {secondsLeft > 0 ? `${secondsLeft}秒后重新获取` : sentTo ? '重新获取' : '获取验证码'}
          </Button>
        </View>
        {sentTo ? <Text className="tj-muted">验证码已发送至 {maskPhone(sentTo)}</Text> : null}
        {errors.code ? <Text className="tj-error">{errors.code}</Text> : null}
      </View>
      {errors.form ? (
        <View role="alert">
          <Text className="tj-error">{errors.form}</Text>
        </View>
      ) : null}
      <Button type="primary" block className="tj-touch" loading={submitting} onClick={() => void submit()}>
        登录
      </Button>
    </View>
  )
}
