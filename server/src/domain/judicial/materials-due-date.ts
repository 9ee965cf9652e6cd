import { chineseDate } from '../agreement/chinese-format'
import { addDays, chinaDate } from './china-dates'

/** Why a time limit for supplying materials cannot be used, or null when it can (a real China date after today). */
export function materialsDueDateProblem(dueDate: string, now: Date): string | null {
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(dueDate) &&
    !Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)) &&
    addDays(dueDate, 0) === dueDate // 2026-02-30 rolls over
  if (!valid) return '补充期限不是有效的日期'
  if (dueDate <= chinaDate(now)) return '补充期限须晚于今天'
  return null
}

/** The notice to the parties: what to supply and, when the court set one, by when (CPL-Interp 354, 357). */
export function materialsNotice(message: string, dueDate: string | null): string {
  if (!dueDate) return message
  return (
    `${message}\n请于${chineseDate(dueDate)}前补充（民诉法解释第三百五十四条）；` +
    '无正当理由逾期不补充的，法院可以按撤回申请处理（民诉法解释第三百五十七条）。'
  )
}
