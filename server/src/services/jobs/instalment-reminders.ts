import { chinaDate } from '../../domain/judicial/china-dates'
import type { PerformanceService } from '../performance/performance-service'
import type { Job } from './job-runner'
import { caseStaffIds } from '../assignment/case-people'
import { chinaDay } from './china-time'
import { noticesFor, remindOnce, type ReminderDeps } from './remind-once'

const JOB = 'instalment_reminders'
const OVERDUE = 'instalment_overdue'
const yuan = (cents: number | null) => (cents === null ? '' : `${Number(cents) / 100} 元`)

/**
 * Performance of the agreement, a few times a day: the service's own reminder before each due date
 * (PerformanceService.runReminders, idempotent through `reminded_at`), then a notice once an instalment is past
 * its date and still not marked paid. The status stays 'due': a default (违约) is the payee's or the mediator's
 * declaration in the service, with its route to enforcement, not something the clock decides.
 */
export function instalmentReminders(deps: ReminderDeps, performance: PerformanceService, daysAhead: number): Job {
  return {
    name: JOB,
    everySeconds: 6 * 3600,
    async run(now) {
      let sent = await performance.runReminders(daysAhead)
      const db = deps.database.db
      const overdue = await db
        .selectFrom('instalments as i')
        .innerJoin('cases as c', 'c.id', 'i.case_id')
        .leftJoin('case_parties as payer', 'payer.id', 'i.payer_party_id')
        .leftJoin('case_parties as payee', 'payee.id', 'i.payee_party_id')
        .select(['i.id', 'i.case_id', 'i.description', 'i.amount_cents', 'i.due_date', 'c.case_number'])
        .select(['payer.user_id as payer_user', 'payee.user_id as payee_user'])
        .where('i.status', '=', 'due')
        .where('i.due_date', '<', chinaDate(now))
        .orderBy('i.due_date')
        .execute()
      for (const i of overdue) {
        const what = `案件${i.case_number}：${i.description} ${yuan(i.amount_cents)}（应于${chinaDay(i.due_date)}前履行）`
        const base = { kind: 'instalment_update' as const, title: '履行期限已过', caseId: i.case_id }
        const notices = [
          ...noticesFor(i.payer_user ? [i.payer_user] : [], {
            ...base,
            body: `${what}尚未标记付款。请尽快履行；已付款的，请在履行页面上传凭证。`,
          }),
          ...noticesFor(i.payee_user ? [i.payee_user] : [], {
            ...base,
            body: `${what}对方尚未标记付款。如确未收到，您可以在履行页面登记未履行，查看申请强制执行或起诉的途径。`,
          }),
          ...noticesFor(await caseStaffIds(db, i.case_id, 'mediator'), {
            ...base,
            body: `${what}已过期限且未标记付款，可安排回访督促履行。`,
          }),
        ]
        if (await remindOnce(deps, { job: OVERDUE, subjectId: i.id, stages: ['overdue'] }, notices, now)) sent++
      }
      return sent
    },
  }
}
