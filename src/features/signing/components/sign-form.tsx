import type { SignerRole, SigningStatus } from '@contract/signatures'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { useCountdown } from '@/hooks/use-countdown'
import { isApiError, messageOf } from '@/lib/api-error'
import { requestSignCode } from '../api/request-sign-code'
import { signDocument } from '../api/sign-document'
import { SignaturePad } from './signature-pad'
import type { SignaturePadHandle } from './signature-pad-handle'

interface SignFormProps {
  caseId: string
  documentRowId: string
  /** The hash of the text shown above the form: what this signature covers. */
  documentSha256: string
  as: SignerRole
  onSigned: (status: SigningStatus) => void
}

const CODE = /^\d{6}$/

/** SMS code to the signer's own phone, the handwritten signature, then one submit. */
export function SignForm({ caseId, documentRowId, documentSha256, as, onSigned }: SignFormProps) {
  const pad = useRef<SignaturePadHandle>(null)
  const countdown = useCountdown()
  const [code, setCode] = useState('')
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [padError, setPadError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'code' | 'sign' | null>(null)

  const sendCode = async () => {
    setBusy('code')
    setError(null)
    try {
      const sent = await requestSignCode(caseId, documentRowId, as)
      setSentTo(sent.phoneMasked)
      countdown.start(sent.retryAfterSeconds)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(null)
    }
  }

  const submit = async () => {
    setError(null)
    const codeProblem = CODE.test(code.trim()) ? null : '请输入短信中的 6 位数字验证码'
    setCodeError(codeProblem)
    let signatureImage: string | null = null
    try {
      signatureImage = (await pad.current?.exportPng()) ?? null
      setPadError(null)
    } catch (caught) {
      // The pads reject with a Chinese message of their own (empty pad, pad not ready).
      setPadError(caught instanceof Error && 'code' in caught ? caught.message : messageOf(caught))
    }
    if (codeProblem || !signatureImage) return
    setBusy('sign')
    try {
      onSigned(await signDocument(caseId, documentRowId, { as, documentSha256, code: code.trim(), signatureImage }))
    } catch (caught) {
      if (isApiError(caught) && caught.code.startsWith('AUTH_CODE')) setCodeError(caught.message)
      else setError(messageOf(caught))
    } finally {
      setBusy(null)
    }
  }

  const seal = as === 'committee'
  return (
    <View className="tj-section tj-stack" aria-label="签署">
      <Text className="tj-section__title">{seal ? '加盖调解委员会印章' : '手写签名'}</Text>
      <Text className="tj-muted">
        {seal
          ? '请经办人手写签名，平台将以调委会名义加盖电子印章，协议自盖章时生效。'
          : '签名前将向您本人手机发送验证码，以确认是您本人签署。'}
      </Text>
      <Button
        block
        className="tj-touch"
        loading={busy === 'code'}
        disabled={busy !== null || countdown.secondsLeft > 0}
        onClick={() => void sendCode()}
      >
        {countdown.secondsLeft > 0
          ? `${countdown.secondsLeft} 秒后可重新获取`
          : sentTo
            ? '重新获取验证码'
            : '获取短信验证码'}
      </Button>
      {sentTo ? <Text className="tj-muted">验证码已发送至 {sentTo}</Text> : null}
      <View data-field="code" className="tj-stack">
        <Input name="code" type="number" maxLength={6} placeholder="6 位短信验证码" value={code} onChange={setCode} />
        {codeError ? (
          <View className="tj-error" role="alert">
            {codeError}
          </View>
        ) : null}
      </View>
      <View data-field="signature" className="tj-stack">
        <SignaturePad ref={pad} onChange={(empty) => !empty && setPadError(null)} />
        <View className="tj-sign-pad__actions">
          <Button size="small" onClick={() => pad.current?.undo()}>
            撤销一笔
          </Button>
          <Button size="small" onClick={() => pad.current?.clear()}>
            清空重写
          </Button>
        </View>
        {padError ? (
          <View className="tj-error" role="alert">
            {padError}
          </View>
        ) : null}
      </View>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={busy === 'sign'}
        disabled={busy !== null}
        onClick={() => void submit()}
      >
        {seal ? '确认盖章' : '确认签署'}
      </Button>
    </View>
  )
}
