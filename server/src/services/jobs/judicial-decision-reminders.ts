import { addDays, chinaDate } from '../../domain/judicial/china-dates'
import type { Job } from './job-runner'
import { caseStaffIds } from '../assignment/case-people'
import { chinaDay } from './china-time'
import { noticesFor, remindOnce, type ReminderDeps } from './remind-once'

const JOB = 'judicial_decisions'
/** Applications filed and not yet decided. */
const OPEN = ['filed', 'materials_requested']
const BASIS =
  '审查期限按本系统配置（JUDICIAL_DECISION_DAYS）自立案之日起计算；' +
  '《关于人民调解协议司法确认程序的若干规定》（2011）第五条为十五日，经院长批准可延长十日'

/**
 * The court's decision deadline on a judicial confirmation (JUDICIAL_DECISION_DAYS from filing): the clerk who
 * filed it (else the court's clerks) is reminded `daysBefore` days ahead and once more when it has passed.
 */
export function judicialDecisionReminders(deps: ReminderDeps, daysBefore: number): Job {
  return {
    name: JOB,
    everySeconds: 3600,
    async run(now) {
      const db = deps.database.db
      const today = chinaDate(now)
      const applications = await db
        .selectFrom('judicial_applications as a')
        .innerJoin('cases as c', 'c.id', 'a.case_id')
        .select(['a.id', 'a.case_id', 'a.court_id', 'a.court_case_number', 'a.decision_due_at', 'c.case_number'])
        .where('a.status', 'in', OPEN)
        .where('a.decision_due_at', 'is not', null)
        .where('a.decision_due_at', '<=', addDays(today, daysBefore))
        .orderBy('a.decision_due_at')
        .execute()
      let sent = 0
      for (const a of applications) {
        const due = a.decision_due_at!
        const passed = today > due
        const subject = `司法确认案件${a.court_case_number ?? ''}（调解案件${a.case_number}）`
        const notice = passed
          ? {
              title: '司法确认审查已超期',
              body: `${subject}应于${chinaDay(due)}前作出裁定，现已超期，请尽快处理。${BASIS}。`,
            }
          : { title: '司法确认审查期限临近', body: `${subject}应于${chinaDay(due)}前作出裁定，请及时审查。${BASIS}。` }
        let clerks = await caseStaffIds(db, a.case_id, 'court_clerk')
        if (!clerks.length) {
          const rows = await db
            .selectFrom('users')
            .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
            .select('users.id')
            .where('users.organisation_id', '=', a.court_id)
            .where('user_roles.role', '=', 'court_clerk')
            .where('users.active', '=', 1)
            .execute()
          clerks = rows.map((r) => r.id)
        }
        const reminder = { job: JOB, subjectId: `${a.id}@${due}`, stages: passed ? ['near', 'passed'] : ['near'] }
        const notices = noticesFor(clerks, { kind: 'deadline_reminder', ...notice, caseId: a.case_id })
        if (await remindOnce(deps, reminder, notices, now)) sent++
      }
      return sent
    },
  }
}
