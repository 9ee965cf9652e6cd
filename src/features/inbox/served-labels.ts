import type { ServedDocument, ServedKind } from '@contract/service'
import { formatChinaTime } from './format-time'

export const SERVED_KIND_LABELS: Record<ServedKind, string> = {
  record: '调解笔录',
  agreement: '调解协议书',
  application: '司法确认申请书',
  ruling: '民事裁定书',
  notice: '通知书',
}

/** The receipt in words: 已读 with the first-open time, or 未读. */
export function receiptLabel(served: Pick<ServedDocument, 'openedAt'>): string {
  return served.openedAt ? `已读（${formatChinaTime(served.openedAt)} 首次打开）` : '未读'
}

/** OLR 31: complete on arrival at a confirmed address, otherwise when first opened. */
export function serviceCompletionLabel(served: Pick<ServedDocument, 'serviceCompletedAt' | 'addressConfirmed'>) {
  if (!served.serviceCompletedAt) return '尚未完成送达（打开文书即完成）'
  return `${formatChinaTime(served.serviceCompletedAt)} 完成送达`
}
