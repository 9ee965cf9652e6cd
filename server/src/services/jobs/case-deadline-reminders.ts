import { partyUserIds } from '../assignment/case-people'
import { DEADLINE_STOPPED_STATUSES, LABOUR_TYPES } from '../assignment/deadlines'
import type { Job } from './job-runner'
import { caseStaffIds } from '../assignment/case-people'
import { chinaDateTime } from './china-time'
import { noticesFor, remindOnce, type ReminderDeps } from './remind-once'

const JOB = 'case_deadlines'
const DAY_MS = 86_400_000

function passedText(disputeType: string): string {
  return LABOUR_TYPES.includes(disputeType)
    ? '当事人可以依法申请劳动争议仲裁；双方自愿的，调解也可以继续。'
    : '请调解员与当事人商定是否继续调解或依法结案；当事人也可以通过仲裁或诉讼等途径解决。'
}

/**
 * Mediation deadlines (services/assignment/deadlines.ts, e.g. labour 15 days then arbitration): the mediators and
 * the parties are told `daysBefore` days ahead and again once the deadline has passed, each once per deadline
 * (a transfer that restarts the period gives the new deadline its own reminders). Finished cases are left alone.
 */
export function caseDeadlineReminders(deps: ReminderDeps, daysBefore: number): Job {
  return {
    name: JOB,
    everySeconds: 600,
    async run(now) {
      const db = deps.database.db
      const cases = await db
        .selectFrom('case_progress as p')
        .innerJoin('cases as c', 'c.id', 'p.case_id')
        .select(['c.id', 'c.case_number', 'c.dispute_type', 'p.deadline_at', 'p.deadline_basis'])
        .where('p.deadline_at', 'is not', null)
        .where('p.deadline_at', '<=', new Date(now.getTime() + daysBefore * DAY_MS).toISOString())
        .where('c.status', 'not in', [...DEADLINE_STOPPED_STATUSES])
        .orderBy('p.deadline_at')
        .execute()
      let sent = 0
      for (const c of cases) {
        const due = c.deadline_at!
        const passed = Date.parse(due) <= now.getTime()
        const basis = c.deadline_basis ? `依据：${c.deadline_basis}。` : ''
        const notice = passed
          ? {
              title: '调解期限已届满',
              body: `案件${c.case_number}的调解期限已于${chinaDateTime(due)}届满，尚未结案。${basis}${passedText(c.dispute_type)}`,
            }
          : {
              title: '调解期限即将届满',
              body: `案件${c.case_number}的调解期限将于${chinaDateTime(due)}届满（剩余约${Math.ceil((Date.parse(due) - now.getTime()) / DAY_MS)}天）。${basis}`,
            }
        const users = [
          ...(await caseStaffIds(db, c.id, 'mediator')),
          ...(await partyUserIds(db, c.id)).map((p) => p.userId),
        ]
        const reminder = { job: JOB, subjectId: `${c.id}@${due}`, stages: passed ? ['near', 'passed'] : ['near'] }
        const notices = noticesFor(users, { kind: 'deadline_reminder', ...notice, caseId: c.id })
        if (await remindOnce(deps, reminder, notices, now)) sent++
      }
      return sent
    },
  }
}
