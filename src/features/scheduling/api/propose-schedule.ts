import type { ProposeScheduleBody, Schedule } from '@contract/sessions'
import { api } from '@/lib/api'

/** The case's mediator proposes a session time; every party with an account is asked to answer. */
export async function proposeSchedule(caseId: string, body: ProposeScheduleBody): Promise<Schedule> {
  const { data } = await api.post<Schedule>(`/sessions/cases/${encodeURIComponent(caseId)}/schedules`, body)
  return data
}
