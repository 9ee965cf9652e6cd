import type { CaseStatus } from '@contract/cases'
import type { Schedule } from '@contract/sessions'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useAuthStore } from '@/stores/auth-store'
import { useSettingsStore } from '@/stores/settings-store'
import { useCaseSchedules } from '../hooks/use-case-schedules'
import { AgreedTime } from './agreed-time'
import { AnswerActions } from './answer-actions'
import { ProposeForm } from './propose-form'
import { ScheduleCard } from './schedule-card'
import './scheduling.scss'

/** Sessions are arranged once the case is accepted and until mediation ends. */
const SCHEDULING_STATUSES: ReadonlySet<CaseStatus> = new Set(['accepted', 'in_mediation'])

const endsAt = (schedule: Schedule) => Date.parse(schedule.startsAt) + schedule.durationMinutes * 60_000

interface SessionSchedulingProps {
  caseId: string
  /** When known (case detail), the section shows only while sessions can be arranged. */
  caseStatus?: CaseStatus
}

/**
 * 调解时间: the mediator proposes a time and sees every party's answer; a party confirms or declines and sees
 * the agreed time in large type.
 */
export function SessionScheduling({ caseId, caseStatus }: SessionSchedulingProps) {
  const myUserId = useAuthStore((state) => (state.refreshToken ? (state.me?.id ?? '') : ''))
  const actsAsMediator = useSettingsStore((state) => state.activeRole === 'mediator')
  const shown = myUserId !== '' && (caseStatus === undefined || SCHEDULING_STATUSES.has(caseStatus))
  const { items, error, loading, reload, upsert } = useCaseSchedules(caseId, shown)
  const [proposing, setProposing] = useState(false)

  if (!shown) return null
  // Staff who follow the case but do not mediate it (officer, clerk) may not see the mediation's arrangements.
  if (error?.status === 404) return null

  const now = Date.now()
  const upcoming = items.filter((schedule) => endsAt(schedule) > now)
  const isParty = items.some((schedule) => schedule.answers.some((answer) => answer.userId === myUserId))
  const isMediator = actsAsMediator && !isParty
  const agreed = upcoming.find((schedule) => schedule.status === 'confirmed')
  const waitingForMe = (schedule: Schedule) =>
    schedule.status === 'proposed' &&
    Date.parse(schedule.startsAt) > now &&
    schedule.answers.some((answer) => answer.userId === myUserId && answer.answer === 'pending')

  return (
    <View className="tj-section tj-stack tj-sched" data-testid="schedule-section">
      <Text className="tj-section__title">调解时间</Text>
      {error ? <ErrorNotice error={error} onRetry={() => void reload()} /> : null}
      {loading ? <Loading>正在读取调解时间…</Loading> : null}
      {agreed ? <AgreedTime schedule={agreed} isParty={!isMediator} /> : null}
      {!loading && !error && upcoming.length === 0 ? (
        <Text className="tj-muted" data-testid="schedule-empty">
          {isMediator ? '尚未安排调解时间。' : '调解员尚未安排调解时间，安排后会通知您确认。'}
        </Text>
      ) : null}
      {upcoming.map((schedule) => (
        <ScheduleCard key={schedule.id} schedule={schedule} myUserId={myUserId}>
          {waitingForMe(schedule) ? <AnswerActions schedule={schedule} onAnswered={upsert} /> : null}
        </ScheduleCard>
      ))}
      {isMediator && !loading && !error && !proposing ? (
        <View data-testid="schedule-propose-open">
          <Button block type="primary" className="tj-touch" onClick={() => setProposing(true)}>
            {upcoming.length === 0 ? '安排调解时间' : '再提出一个时间'}
          </Button>
        </View>
      ) : null}
      {isMediator && proposing ? (
        <ProposeForm
          caseId={caseId}
          onCancel={() => setProposing(false)}
          onProposed={(schedule) => {
            upsert(schedule)
            setProposing(false)
          }}
        />
      ) : null}
    </View>
  )
}
