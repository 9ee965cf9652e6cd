import type { Schedule } from '@contract/sessions'
import { Text, View } from '@tarojs/components'
import { describeDuration, describeStart } from '../china-time'
import { readPlace } from '../schedule-place'

/** The agreed session time, in large type: what a party most needs to remember. */
export function AgreedTime({ schedule, isParty }: { schedule: Schedule; isParty: boolean }) {
  const { place } = readPlace(schedule)
  return (
    <View className="tj-sched-agreed" data-testid="schedule-agreed" role="status">
      <Text className="tj-sched-agreed__line">
        调解时间：{describeStart(schedule.startsAt)}，{place}
      </Text>
      <Text className="tj-muted">
        北京时间，预计{describeDuration(schedule.durationMinutes)}。
        {isParty ? '开始前24小时和1小时会提醒您，请按时参加。' : '开始前24小时和1小时会提醒各方。'}
      </Text>
    </View>
  )
}
