import type { JudicialApplication } from '@contract/judicial'
import { Text } from '@tarojs/components'
import { decisionBadge } from '../judicial-dates'

/** The clerk's view of time: 待立案 before filing, then the CPL 187 decision deadline; nothing once decided. */
export function DeadlineBadge({ application }: { application: JudicialApplication }) {
  if (application.status === 'confirmed' || application.status === 'rejected') return null
  if (!application.decisionDueDate) {
    return (
      <Text className="tj-jc-badge tj-jc-badge--warning" data-testid="judicial-deadline" data-tone="warning">
        待立案
      </Text>
    )
  }
  const badge = decisionBadge(application.decisionDueDate, application.overdue)
  return (
    <Text className={`tj-jc-badge tj-jc-badge--${badge.tone}`} data-testid="judicial-deadline" data-tone={badge.tone}>
      {badge.text}
    </Text>
  )
}
