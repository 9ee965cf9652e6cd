import { Text, View } from '@tarojs/components'
import { formatChinaTime } from '../format-time'
import { amountText, INSTALMENT_STATUS_LABELS } from '../instalment-labels'
import { InstalmentActions, type InstalmentActionsProps } from './instalment-actions'
import { ReceiptPhoto } from './receipt-photo'

interface InstalmentCardProps extends InstalmentActionsProps {
  nameOf: (partyId: string | null) => string
}

/** One instalment of the schedule: who pays whom, how much (figures and 大写), by when, and where it stands. */
export function InstalmentCard({ nameOf, ...actions }: InstalmentCardProps) {
  const { instalment } = actions
  const amount = amountText(instalment.amount)
  return (
    <View
      className={`tj-perf-card tj-perf-card--${instalment.status}`}
      role="listitem"
      aria-label={`第${instalment.seq}期`}
      data-testid={`instalment-${instalment.id}`}
      data-status={instalment.status}
    >
      <View className="tj-perf-card__head">
        <Text className="tj-perf-card__title">
          第 {instalment.seq} 期 · {instalment.description}
        </Text>
        <Text className="tj-perf-status">{INSTALMENT_STATUS_LABELS[instalment.status] ?? instalment.status}</Text>
      </View>
      <Text className="tj-perf-amount">{amount.figures}</Text>
      {amount.capitals ? <Text className="tj-perf-capitals">{amount.capitals}</Text> : null}
      <Text className="tj-muted">
        付款方：{nameOf(instalment.payerPartyId)} → 收款方：{nameOf(instalment.payeePartyId)}
      </Text>
      <Text className="tj-muted">履行期限：{instalment.dueDate} 前</Text>
      {instalment.paidAt ? (
        <Text className="tj-muted">
          {formatChinaTime(instalment.paidAt)} 标记付款{instalment.receiptFileId ? '（已附付款凭证）' : ''}
        </Text>
      ) : null}
      {instalment.receiptUrl ? <ReceiptPhoto instalmentId={instalment.id} url={instalment.receiptUrl} /> : null}
      {instalment.confirmedAt ? (
        <Text className="tj-muted">{formatChinaTime(instalment.confirmedAt)} 收款方确认收到</Text>
      ) : null}
      <InstalmentActions {...actions} />
    </View>
  )
}
