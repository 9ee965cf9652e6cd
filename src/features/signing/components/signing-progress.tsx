import type { SigningStatus } from '@contract/signatures'
import { Text, View } from '@tarojs/components'
import { SIGNER_ROLE_LABELS, STAGE_LABELS } from '../signing-turn'

const PARTY_ROLES: Record<string, string> = { applicant: '申请人', respondent: '被申请人' }

function formatTime(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

interface SigningProgressProps {
  status: SigningStatus
  /** Parties expected to sign (from the confirmed agreement), to say who is still missing. */
  parties: { role: string; name: string }[]
}

/** Who has signed, in order, and whose turn it is now. */
export function SigningProgress({ status, parties }: SigningProgressProps) {
  const signedRoles = new Set(status.events.map((event) => event.signer.partyRole).filter(Boolean))
  const missing = status.stage === 'parties' ? parties.filter((party) => !signedRoles.has(party.role)) : []
  return (
    <View className="tj-section tj-stack" aria-label="签署进度">
      <Text className="tj-section__title">签署进度</Text>
      <Text className="tj-sign-stage" data-stage={status.stage}>
        {STAGE_LABELS[status.stage]}
      </Text>
      {missing.length > 0 ? (
        <Text className="tj-muted">
          尚未签署：{missing.map((party) => `${PARTY_ROLES[party.role] ?? party.role} ${party.name}`).join('、')}
        </Text>
      ) : null}
      {status.events.map((event, index) => (
        <Text key={event.eventHash} className="tj-sign-event">
          {index + 1}.{' '}
          {event.signer.partyRole
            ? (PARTY_ROLES[event.signer.partyRole] ?? event.signer.partyRole)
            : SIGNER_ROLE_LABELS[event.signer.role]}{' '}
          {event.signer.name} · {formatTime(event.time)} · 短信验证
        </Text>
      ))}
      {status.effectiveAt ? <Text>生效时间：{formatTime(status.effectiveAt)}</Text> : null}
      {status.verificationCode ? (
        <Text className="tj-sign-code">验证码：{status.verificationCode}（任何人可在“文书验证”页核验）</Text>
      ) : null}
    </View>
  )
}
