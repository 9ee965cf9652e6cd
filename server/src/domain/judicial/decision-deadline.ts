import { addDays, chinaDate } from './china-dates'

/**
 * The court's decision deadline, counted from filing (立案). The 2011 Rules art 5 give 15 days; CPL 187 gives
 * 30 days for special procedures. Which one courts apply is UNVERIFIED (legal-reference §7 item 5), so the
 * period is a setting: default 15, never more than 30.
 */
export const DEFAULT_DECISION_DAYS = 15
export const MAX_DECISION_DAYS = 30

export function clampDecisionDays(days: number | undefined): number {
  if (days === undefined || !Number.isInteger(days) || days < 1) return DEFAULT_DECISION_DAYS
  return Math.min(days, MAX_DECISION_DAYS)
}

/** The last day (China date) on which the court should decide. */
export function decisionDueDate(filedAt: Date, days: number): string {
  return addDays(chinaDate(filedAt), days)
}
