import type { AnswerScheduleBody, Schedule } from '@contract/sessions'
import { api } from '@/lib/api'

/** A party confirms or declines a proposed time; the server returns the schedule with everyone's answers. */
export async function answerSchedule(scheduleId: string, body: AnswerScheduleBody): Promise<Schedule> {
  const { data } = await api.post<Schedule>(`/sessions/schedules/${encodeURIComponent(scheduleId)}/answer`, body)
  return data
}
