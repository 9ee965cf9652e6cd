import type { ReferralSummary } from '@contract/referrals'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { formatDateTime, OUTCOME_LABELS, PARTY_ROLE_LABELS } from '../format'

interface ReferralListProps {
  items: ReferralSummary[]
  statusLabel: (status: string) => string
  onResend: (caseId: string, role: 'applicant' | 'respondent') => void
  onOpenCase: (caseId: string) => void
}

/** The officer's referrals: where each case stands, its outcome, and who has not claimed their link yet. */
export function ReferralList({ items, statusLabel, onResend, onOpenCase }: ReferralListProps) {
  return (
    <View className="tj-stack">
      {items.map((item) => (
        <View key={item.caseId} className="tj-section tj-stack tj-ref-item" data-case={item.caseId}>
          <View className="tj-ref-item__head" role="button" onClick={() => onOpenCase(item.caseId)}>
            <Text className="tj-section__title">{item.caseNumber}</Text>
            <Text className="tj-ref-item__status">{statusLabel(item.status)}</Text>
          </View>
          <Text className="tj-muted">
            警情号 {item.incidentNumber} · {formatDateTime(item.createdAt)}
          </Text>
          <Text>调解委员会：{item.committee?.name ?? '待分派'}</Text>
          <Text>结果：{item.outcome ? OUTCOME_LABELS[item.outcome] : '办理中'}</Text>
          {item.parties.map((party) => (
            <View key={party.role} className="tj-ref-item__party">
              <Text>
                {PARTY_ROLE_LABELS[party.role]} {party.name}：{party.claimed ? '已认领' : '未认领'}
              </Text>
              {party.claimed ? null : (
                <Button size="small" onClick={() => onResend(item.caseId, party.role)}>
                  重发链接
                </Button>
              )}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
