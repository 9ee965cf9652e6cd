import type { Schedule } from '@contract/sessions'

/**
 * Where a session takes place. The server stores it in `place` (null: the online room, which the reminders then
 * announce). Schedules made before that field carried an in-person place as the note's first line ("地点：…");
 * those are still read that way so their place is not lost.
 */
export const ONLINE_PLACE = '线上调解室'
const LEGACY_PLACE_PREFIX = '地点：'
export const NOTE_MAX = 500
export const PLACE_MAX = 100

export interface SchedulePlace {
  place: string
  inPerson: boolean
  remark: string
}

/** The place and the mediator's remark of a schedule, from `place` or else a legacy note's first line. */
export function readPlace(schedule: Pick<Schedule, 'place' | 'note'>): SchedulePlace {
  const note = schedule.note.trim()
  const place = schedule.place?.trim()
  if (place) return { place, inPerson: true, remark: note }
  const [first, ...rest] = note.split('\n')
  if (first.startsWith(LEGACY_PLACE_PREFIX) && first.trim().length > LEGACY_PLACE_PREFIX.length) {
    return { place: first.slice(LEGACY_PLACE_PREFIX.length).trim(), inPerson: true, remark: rest.join('\n').trim() }
  }
  return { place: ONLINE_PLACE, inPerson: false, remark: note }
}
