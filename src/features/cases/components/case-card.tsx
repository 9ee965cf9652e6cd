import type { CaseStatus, CaseSummary } from '@contract/cases'
import { Tag } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { CASE_STATUS_TONES, caseStatusLabel, formatDateTime, PARTY_ROLE_LABELS } from '../case-status'
import './case-card.scss'

export function CaseCard({ item, onOpen }: { item: CaseSummary; onOpen: (id: string) => void }) {
  return (
    <View className="tj-case-card" role="button" onClick={() => onOpen(item.id)}>
      <View className="tj-case-card__head">
        <Text className="tj-case-card__title">{item.title}</Text>
        <Tag type={CASE_STATUS_TONES[item.status as CaseStatus] ?? 'default'}>{caseStatusLabel(item.status)}</Tag>
      </View>
      <Text className="tj-muted">
        {item.caseNumber} · {item.disputeType} · {PARTY_ROLE_LABELS[item.myRole] ?? item.myRole}
      </Text>
      <Text className="tj-muted">{item.committee ? item.committee.name : '尚未分配调解委员会'}</Text>
      <Text className="tj-muted">更新于 {formatDateTime(item.updatedAt)}</Text>
    </View>
  )
}
