import type { Deadline } from '@contract/assignment'
import type { WorkflowSettings } from './workflow-settings'

/** Labour disputes under 劳动争议调解仲裁法: 15 days without agreement opens arbitration (art 14). */
export const LABOUR_TYPES: readonly string[] = ['wage_arrears', 'work_injury', 'labor_termination']

export interface DeadlineRule {
  days: number
  basis: string
  configurable: boolean
  /** Whether the period runs from acceptance or from the committee's receipt of the application. */
  from: 'accepted' | 'received'
}

const DAY_MS = 86_400_000

export function deadlineRule(disputeType: string, settings: WorkflowSettings): DeadlineRule {
  if (LABOUR_TYPES.includes(disputeType)) {
    return {
      days: settings.labourDeadlineDays,
      basis: `劳动争议调解仲裁法第十四条：${settings.labourDeadlineFrom === 'received' ? '自调解组织收到调解申请之日起' : '自受理之日起'}${settings.labourDeadlineDays}日内未达成调解协议的，当事人可以依法申请仲裁`,
      configurable: settings.labourDeadlineDays !== 15,
      from: settings.labourDeadlineFrom,
    }
  }
  return {
    days: settings.generalDeadlineDays,
    basis: `人民调解工作若干规定（2002）第三十三条：调解一般在一个月内结束（二手来源，期限为可配置项，当前${settings.generalDeadlineDays}日）`,
    configurable: true,
    from: 'accepted',
  }
}

export function dueAt(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS)
}

/** Statuses after which a mediation deadline no longer runs. */
export const DEADLINE_STOPPED_STATUSES: readonly string[] = [
  'agreement_reached',
  'failed',
  'declined',
  'judicial_confirmation',
  'closed',
]

export function deadlineView(
  row: { deadline_days: number | null; deadline_at: string | null; deadline_basis: string | null },
  caseStatus: string,
  now: Date,
  settings: WorkflowSettings,
  disputeType: string,
): Deadline | null {
  if (row.deadline_days === null || row.deadline_at === null) return null
  const due = new Date(row.deadline_at)
  const left = due.getTime() - now.getTime()
  return {
    days: row.deadline_days,
    dueAt: row.deadline_at,
    basis: row.deadline_basis ?? deadlineRule(disputeType, settings).basis,
    configurable: deadlineRule(disputeType, settings).configurable,
    overdue: left < 0 && !DEADLINE_STOPPED_STATUSES.includes(caseStatus),
    daysLeft: left >= 0 ? Math.ceil(left / DAY_MS) : -Math.ceil(-left / DAY_MS),
  }
}
