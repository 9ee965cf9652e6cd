import type { ServiceAddress } from '@contract/service'
import { Button, Input, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { normalisePhone, phoneError } from '@/lib/validation/phone'
import { confirmServiceAddress } from '../api/confirm-service-address'
import { getServiceAddress } from '../api/get-service-address'
import { formatChinaTime } from '../format-time'

/** What the party agrees to, in the words of OMR 8/17, CPL 90 and OLR 31. */
const TERMS = [
  '本人同意人民调解委员会及人民法院通过本小程序“送达文书”（站内送达箱）向本人送达调解、司法确认相关文书，并以下列手机号码接收送达提醒短信。',
  '文书到达站内送达箱即视为送达（《人民法院在线诉讼规则》第三十一条）；本人可随时在本页下载文书，需要纸质文书的可向调解委员会或法院申请（《民事诉讼法》第九十条）。',
  '送达地址如有变更，本人将及时在本页更新；未及时更新的，按原地址送达的后果由本人承担。',
]

/** 送达地址确认书 for one case: read the terms, give a phone, consent. */
export function ServiceAddressForm({ caseId }: { caseId: string }) {
  const load = useCallback(() => getServiceAddress(caseId), [caseId])
  const { data, error, loading, reload } = useRequest(load)
  const [confirmed, setConfirmed] = useState<ServiceAddress[] | null>(null)
  const [phone, setPhone] = useState('')
  const [consent, setConsent] = useState(false)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading && !data) return <Loading>加载中…</Loading>
  const current = (confirmed ?? data ?? [])[0]

  const submit = async () => {
    const problem = phoneError(phone) ?? (consent ? null : '请阅读并同意送达地址确认书')
    setFieldError(problem)
    if (problem) return
    setSending(true)
    try {
      setConfirmed(await confirmServiceAddress(caseId, normalisePhone(phone)))
      setPhone('')
      setConsent(false)
    } catch (caught) {
      setFieldError(messageOf(caught))
    } finally {
      setSending(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="送达地址确认书" data-testid="service-address">
      <Text className="tj-section__title">送达地址确认书</Text>
      {current ? (
        <Text className="tj-inbox-confirmed" data-testid="service-address-confirmed">
          已于 {formatChinaTime(current.confirmedAt)} 确认：站内送达箱 + 手机 {current.phone}
        </Text>
      ) : (
        <Text className="tj-muted">您尚未确认送达地址。确认后，文书到达送达箱即视为送达。</Text>
      )}
      {TERMS.map((term, index) => (
        <Text key={index} className="tj-inbox-term">
          {index + 1}. {term}
        </Text>
      ))}
      <View data-field="phone" className="tj-stack">
        <Text className="tj-inbox-label">接收提醒的手机号码</Text>
        <Input name="phone" type="number" placeholder="11位手机号码" value={phone} onChange={setPhone} />
      </View>
      <View
        role="checkbox"
        aria-checked={consent}
        className={`tj-inbox-consent tj-touch${consent ? ' tj-inbox-consent--on' : ''}`}
        data-testid="service-address-consent"
        onClick={() => setConsent(!consent)}
      >
        <Text>{consent ? '☑' : '☐'} 我已阅读并同意以上送达地址确认内容</Text>
      </View>
      {fieldError ? (
        <View className="tj-error" role="alert">
          {fieldError}
        </View>
      ) : null}
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={sending}
        disabled={sending}
        data-testid="service-address-submit"
        onClick={() => void submit()}
      >
        {current ? '更新送达地址' : '确认送达地址'}
      </Button>
    </View>
  )
}
