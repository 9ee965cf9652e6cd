import type { TrackedInstalment } from '@contract/performance'
import { amountInCapitals, formatYuan } from '@/lib/amount-in-capitals'

type Status = TrackedInstalment['status']

export const INSTALMENT_STATUS_LABELS: Record<Status, string> = {
  due: '待付款',
  paid: '已付款，待对方确认',
  confirmed: '已确认收款',
  defaulted: '逾期未履行',
}

/** Figures and 大写, as the agreement writes them: ¥6,000.00（人民币陆仟元整）. */
export function amountText(amount: number | null): { figures: string; capitals: string | null } {
  if (amount === null) return { figures: '非金钱给付', capitals: null }
  return { figures: `¥${formatYuan(amount)}`, capitals: amountInCapitals(amount) }
}
