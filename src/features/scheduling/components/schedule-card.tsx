import type { Schedule } from '@contract/sessions'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { describeDuration, describeStart } from '../china-time'
import { ANSWER_LABELS, roleLabel, STATUS_LABELS } from '../schedule-labels'
import { readPlace } from '../schedule-place'

interface ScheduleCardProps {
  schedule: Schedule
  myUserId: string
  children?: ReactNode
}

/** One proposed time: when, where, how long, the mediator's note and each party's answer. */
export function ScheduleCard({ schedule, myUserId, children }: ScheduleCardProps) {
  const { place, remark } = readPlace(schedule)
  return (
    <View
      className={`tj-sched-card tj-sched-card--${schedule.status}`}
      data-testid="schedule-card"
      data-schedule-id={schedule.id}
    >
      <View className="tj-sched-card__head">
        <Text className="tj-sched-card__time">{describeStart(schedule.startsAt)}</Text>
        <Text className="tj-sched-card__status" data-testid="schedule-status">
          {STATUS_LABELS[schedule.status]}
        </Text>
      </View>
      <Text>
        地点：{place}；预计{describeDuration(schedule.durationMinutes)}
      </Text>
      {remark ? <Text className="tj-muted">调解员留言：{remark}</Text> : null}
      {schedule.answers.length === 0 ? <Text className="tj-muted">本案当事人尚未注册，暂无人需要确认。</Text> : null}
      <View className="tj-sched-answers" role="list" aria-label="各方答复">
        {schedule.answers.map((answer) => (
          <View
            key={answer.userId}
            role="listitem"
            className={`tj-sched-answer tj-sched-answer--${answer.answer}`}
            data-testid={`schedule-answer-${answer.userId}`}
          >
            <Text>
              {answer.userId === myUserId ? '我' : `${answer.name}（${roleLabel(answer.role)}）`}：
              {ANSWER_LABELS[answer.answer]}
              {answer.comment ? `（${answer.comment}）` : ''}
            </Text>
          </View>
        ))}
      </View>
      {children}
    </View>
  )
}
