import { Text, View } from '@tarojs/components'
import { applicationWindow } from '../judicial-dates'

interface WindowCountdownProps {
  /** When the agreement took effect; null while it is not yet effective. */
  effectiveAt: string | null
  /** Once submitted the window no longer matters: it was met. */
  submittedAt: string | null
}

/** The 30 days from the agreement's effective date within which both parties must apply (PML 33; CPL 205). */
export function WindowCountdown({ effectiveAt, submittedAt }: WindowCountdownProps) {
  if (!effectiveAt) {
    return (
      <View className="tj-section tj-stack" data-testid="judicial-countdown">
        <Text className="tj-section__title">申请期限</Text>
        <Text className="tj-muted">调解协议生效（各方签名并加盖调委会印章）后，三十日内可以申请司法确认。</Text>
      </View>
    )
  }
  const window = applicationWindow(effectiveAt)
  return (
    <View className="tj-section tj-stack" data-testid="judicial-countdown" data-days-left={window.daysLeft}>
      <Text className="tj-section__title">申请期限</Text>
      <Text className="tj-muted">
        协议于 {window.effectiveDate} 生效，应在 {window.lastDay}{' '}
        前（含当日）共同申请（人民调解法第三十三条；民事诉讼法第二百零五条）。
      </Text>
      {submittedAt ? (
        <Text>申请已在期限内提交法院。</Text>
      ) : window.daysLeft >= 0 ? (
        <Text className="tj-jc-countdown">距申请期限届满还有 {window.daysLeft} 天</Text>
      ) : (
        <Text className="tj-error">已超过三十日申请期限，不能再申请司法确认；调解协议仍然有效。</Text>
      )}
    </View>
  )
}
