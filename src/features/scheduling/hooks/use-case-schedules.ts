import type { Schedule } from '@contract/sessions'
import { useCallback, useEffect, useState } from 'react'
import { useRequest } from '@/hooks/use-request'
import { listCaseSchedules } from '../api/list-case-schedules'

const byStart = (a: Schedule, b: Schedule) => Date.parse(a.startsAt) - Date.parse(b.startsAt)

/**
 * The case's schedules, kept current with what propose/answer return. Each answer already carries the
 * answerer's name and role, so no room or member list is needed.
 */
export function useCaseSchedules(caseId: string, enabled: boolean) {
  const list = useRequest(
    useCallback(() => listCaseSchedules(caseId), [caseId]),
    enabled,
  )
  const [items, setItems] = useState<Schedule[]>([])
  useEffect(() => {
    if (list.data) setItems(list.data)
  }, [list.data])

  const upsert = useCallback((schedule: Schedule) => {
    setItems((current) => [...current.filter((item) => item.id !== schedule.id), schedule].sort(byStart))
  }, [])

  return { items, error: list.error, loading: list.loading, reload: list.reload, upsert }
}
