import type { RoomMember, Schedule } from '@contract/sessions'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useRequest } from '@/hooks/use-request'
import { getJointRoomId } from '../api/get-joint-room-id'
import { listCaseSchedules } from '../api/list-case-schedules'
import { listRoomMembers } from '../api/list-room-members'
import { roleLabel } from '../schedule-labels'

async function loadPeople(caseId: string): Promise<RoomMember[]> {
  const roomId = await getJointRoomId(caseId)
  return roomId ? listRoomMembers(roomId) : []
}

const byStart = (a: Schedule, b: Schedule) => Date.parse(a.startsAt) - Date.parse(b.startsAt)

/**
 * The case's schedules, kept current with what propose/answer return, and who answered by name. Names come from
 * the joint room's member list; without it (still loading or refused) an answer is labelled by role only.
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

  const anyAnswers = items.some((schedule) => schedule.answers.length > 0)
  const people = useRequest(
    useCallback(() => loadPeople(caseId), [caseId]),
    enabled && anyAnswers,
  )
  const names = useMemo(() => {
    const found: Record<string, string> = {}
    for (const member of people.data ?? []) {
      if (member.userId) found[member.userId] = `${member.name}（${roleLabel(member.role)}）`
    }
    return found
  }, [people.data])

  const upsert = useCallback((schedule: Schedule) => {
    setItems((current) => [...current.filter((item) => item.id !== schedule.id), schedule].sort(byStart))
  }, [])

  return { items, names, error: list.error, loading: list.loading, reload: list.reload, upsert }
}
