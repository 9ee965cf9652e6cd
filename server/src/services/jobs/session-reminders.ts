import type { Job } from './job-runner'
import { chinaDateTime } from './china-time'
import { noticesFor, remindOnce, type ReminderDeps } from './remind-once'

const JOB = 'session_reminders'
const HOUR_MS = 3600_000

function timeLeft(ms: number): string {
  return ms >= HOUR_MS ? `约${Math.round(ms / HOUR_MS)}小时后` : `${Math.max(1, Math.round(ms / 60_000))}分钟后`
}

const LEGACY_PLACE = /^地点：(.+)/

/**
 * The in-person place, if any: the stored one, else (schedules made before the place column) the note's first
 * line "地点：…", as the client wrote it then.
 */
function placeOf(place: string | null, note: string): string | null {
  return place?.trim() || LEGACY_PLACE.exec(note.split('\n')[0])?.[1].trim() || null
}

/**
 * Reminds everyone taking part in a confirmed session (the parties who answered and the mediator who proposed it)
 * `leadHours` before it starts, each lead once. A time proposed but not yet confirmed, declined or cancelled gets
 * no reminder; one confirmed late gets only the nearest lead still ahead.
 */
export function sessionReminders(deps: ReminderDeps, leadHours: number[]): Job {
  const leads = [...new Set(leadHours)].filter((h) => h > 0).sort((a, b) => b - a)
  return {
    name: JOB,
    everySeconds: 0,
    async run(now) {
      if (!leads.length) return 0
      const db = deps.database.db
      const horizon = new Date(now.getTime() + leads[0] * HOUR_MS).toISOString()
      const schedules = await db
        .selectFrom('session_schedules as s')
        .innerJoin('cases as c', 'c.id', 's.case_id')
        .select([
          's.id',
          's.case_id',
          's.starts_at',
          's.duration_minutes',
          's.proposed_by',
          's.place',
          's.note',
          'c.case_number',
        ])
        .where('s.status', '=', 'confirmed')
        .where('s.starts_at', '>', now.toISOString())
        .where('s.starts_at', '<=', horizon)
        .orderBy('s.starts_at')
        .execute()
      let sent = 0
      for (const s of schedules) {
        const left = Date.parse(s.starts_at) - now.getTime()
        const stages = leads.filter((h) => left <= h * HOUR_MS).map((h) => `${h}h`)
        const answers = await db
          .selectFrom('session_schedule_answers')
          .select('user_id')
          .where('schedule_id', '=', s.id)
          .execute()
        const place = placeOf(s.place, s.note)
        const where = place ? `在 ${place} 进行调解` : '在线上调解室进行'
        const notices = noticesFor([...answers.map((a) => a.user_id), s.proposed_by], {
          kind: 'session_reminder',
          title: '调解即将开始',
          body:
            `案件${s.case_number}的调解将于${chinaDateTime(s.starts_at)}（北京时间，${timeLeft(left)}）` +
            `${where}，预计${Number(s.duration_minutes)}分钟。${place ? '请按时到场。' : '请按时进入调解室。'}`,
          caseId: s.case_id,
        })
        if (await remindOnce(deps, { job: JOB, subjectId: s.id, stages }, notices, now)) sent++
      }
      return sent
    },
  }
}

/** SESSION_REMINDER_HOURS ("24,1") as numbers. */
export function parseLeadHours(value: string): number[] {
  return value
    .split(',')
    .map((h) => Number(h.trim()))
    .filter((h) => Number.isInteger(h) && h > 0)
}
