import type { Schedule, ScheduleList } from '@contract/sessions'
import { api } from '@/lib/api'

/** The case's proposed and agreed session times, earliest first. */
export async function listCaseSchedules(caseId: string): Promise<Schedule[]> {
  const { data } = await api.get<ScheduleList>(`/sessions/cases/${encodeURIComponent(caseId)}/schedules`)
  return data.items
}
