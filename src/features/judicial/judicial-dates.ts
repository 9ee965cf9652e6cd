/** Calendar arithmetic in China time (UTC+8), as the server counts the 30-day window and the decision deadline. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** PML 33 / CPL 205: the application is made within 30 days from the agreement's effective date. */
export const APPLICATION_WINDOW_DAYS = 30

/** YYYY-MM-DD of an instant in China. */
export function chinaDate(instant: string | Date): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export interface ApplicationWindow {
  effectiveDate: string
  lastDay: string
  /** Days left including today; negative once the window has closed. */
  daysLeft: number
}

/** The window counted like the server does: day 30 after the effective date is the last day. */
export function applicationWindow(effectiveAt: string, now: Date = new Date()): ApplicationWindow {
  const effectiveDate = chinaDate(effectiveAt)
  const elapsed = daysBetween(effectiveDate, chinaDate(now))
  return {
    effectiveDate,
    lastDay: addDays(effectiveDate, APPLICATION_WINDOW_DAYS),
    daysLeft: APPLICATION_WINDOW_DAYS - elapsed,
  }
}

export type DeadlineTone = 'danger' | 'warning' | 'normal'

/** The clerk's badge for a decision due date (YYYY-MM-DD). */
export function decisionBadge(
  dueDate: string,
  overdue: boolean,
  now: Date = new Date(),
): { text: string; tone: DeadlineTone } {
  const left = daysBetween(chinaDate(now), dueDate)
  if (overdue || left < 0) return { text: `已超期（应于${dueDate}前审结）`, tone: 'danger' }
  if (left === 0) return { text: '今日到期', tone: 'danger' }
  if (left <= 5) return { text: `${left} 天后到期`, tone: 'warning' }
  return { text: `${dueDate} 前审结`, tone: 'normal' }
}

/** 2026-11-26T02:00:00Z → 2026-11-26 10:00 (China time). */
export function formatChinaTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}

/** A court's time limit for supplying materials (YYYY-MM-DD), with the days left counted in China time. */
export function materialsDueText(dueDate: string, now: Date = new Date()): { text: string; overdue: boolean } {
  const left = daysBetween(chinaDate(now), dueDate)
  if (left < 0) return { text: `请于${dueDate}前补充（已逾期 ${-left} 天）`, overdue: true }
  if (left === 0) return { text: `请于${dueDate}前补充（今天截止）`, overdue: false }
  return { text: `请于${dueDate}前补充（还剩 ${left} 天）`, overdue: false }
}
