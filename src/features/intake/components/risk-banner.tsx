import type { Risk } from '@contract/intake'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AMBULANCE, LEGAL_HOTLINE, MEDICAL_RISK_CODES, POLICE, type RiskContact } from '../risk-contacts'

function call(contact: RiskContact) {
  void Taro.makePhoneCall({ phoneNumber: contact.phone }).catch(() => undefined)
}

function CallButton({ contact, strong }: { contact: RiskContact; strong?: boolean }) {
  return (
    <View
      className={`tj-intake-call ${strong ? 'tj-intake-call--strong' : ''}`}
      role="button"
      aria-label={`拨打${contact.label}`}
      onClick={() => call(contact)}
    >
      <Text>{contact.label}</Text>
    </View>
  )
}

/** Urgent danger first and loud: call 110 now; mediation comes after safety. Attention-level risks stay quiet. */
export function RiskBanner({ risk }: { risk: Risk }) {
  if (risk.level === 'none') return null
  const urgent = risk.level === 'urgent'
  const medical = risk.reasons.some((reason) => MEDICAL_RISK_CODES.includes(reason.code))
  return (
    <View
      className={`tj-section tj-stack tj-intake-risk tj-intake-risk--${risk.level}`}
      role="alert"
      data-risk={risk.level}
    >
      <Text className="tj-section__title">{urgent ? '如果有人身危险，请立即报警' : '请注意'}</Text>
      {risk.reasons.map((reason) => (
        <Text key={reason.code}>{reason.message}</Text>
      ))}
      {urgent ? (
        <>
          <CallButton contact={POLICE} strong />
          {medical ? <CallButton contact={AMBULANCE} strong /> : null}
          <Text className="tj-muted">提交后，您的申请会同时告知当地派出所。</Text>
        </>
      ) : null}
      <CallButton contact={LEGAL_HOTLINE} />
    </View>
  )
}
