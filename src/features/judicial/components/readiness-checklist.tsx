import type { ReadinessCheck } from '@contract/judicial'
import { Text, View } from '@tarojs/components'
import { CHECK_EXPLANATIONS, CHECK_STATUS_LABELS } from '../judicial-labels'

/** Each condition for judicial confirmation with its article, its result for this case and what it means. */
export function ReadinessChecklist({ checks }: { checks: ReadinessCheck[] }) {
  return (
    <View className="tj-section tj-stack" aria-label="申请条件">
      <Text className="tj-section__title">申请条件</Text>
      {checks.map((check) => (
        <View
          key={check.code}
          className="tj-jc-item"
          data-testid={`judicial-check-${check.code}`}
          data-status={check.status}
        >
          <View className="tj-jc-item__head">
            <Text className="tj-jc-item__title">{check.title}</Text>
            <Text className={`tj-jc-badge tj-jc-badge--${check.status}`}>{CHECK_STATUS_LABELS[check.status]}</Text>
          </View>
          <Text className={check.status === 'fail' ? 'tj-error' : undefined}>{check.message}</Text>
          <Text className="tj-jc-article">依据：{check.article}</Text>
          {CHECK_EXPLANATIONS[check.code] ? <Text className="tj-muted">{CHECK_EXPLANATIONS[check.code]}</Text> : null}
        </View>
      ))}
    </View>
  )
}

/** The checks that stop the application from being prepared (consent is given afterwards, by confirming). */
export function blockingChecks(checks: ReadinessCheck[]): ReadinessCheck[] {
  return checks.filter((check) => check.code !== 'BOTH_PARTIES_CONSENT' && check.status !== 'pass')
}
