import { addMonths, compareYmd, formatYmd, parseIsoDay, type YMD } from './calendar'
import { CATALOGUE, type DisputeTypeCode } from './catalogue'
import type { SlotState } from './engine/types'

export type LimitationStatus = 'running' | 'soon' | 'passed' | 'not_started' | 'unknown'

export interface LimitationCheck {
  label: string
  basis: string
  note: string
  status: LimitationStatus
  /** The date the period runs from (ISO), when known. */
  from?: string
  /** The last day of the period (ISO), when known. */
  deadline?: string
}

/** Warn this many days before a deadline. */
export const SOON_DAYS = 60

/** The earliest day a partial date can mean (2019-11 → 2019-11-01): deadlines are never later than the law's. */
function startOf(iso: string): YMD | null {
  const [y, m = '01', d = '01'] = iso.split('/')[0].split('-')
  return parseIsoDay(`${y}-${m}-${d}`)
}

function addMonthsToDay(date: YMD, months: number): YMD {
  const { y, m } = addMonths(date.y, date.m, months)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { y, m, d: Math.min(date.d, last) }
}

function daysBetween(a: YMD, b: YMD): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000)
}

/**
 * Limitation periods of the type against the facts so far: labour arbitration 1 year from the end of employment,
 * the general 3 years from the event, and so on. Applying for mediation interrupts limitation, so a passed or
 * close deadline is a reason to act now, not a refusal.
 */
export function checkLimitations(
  type: DisputeTypeCode,
  slots: Record<string, SlotState>,
  todayIso: string,
): LimitationCheck[] {
  const today = parseIsoDay(todayIso)
  return CATALOGUE[type].limitations.map((rule) => {
    const base = { label: rule.label, basis: rule.basis, note: rule.note }
    // Wages owed during employment: the labour arbitration period has not started (劳动争议调解仲裁法 27).
    if (rule.fromSlots.includes('employment_end') && slots.still_employed?.value === 'yes') {
      return { ...base, status: 'not_started' as const }
    }
    const fromKey = rule.fromSlots.find((k) => slots[k]?.status === 'filled' && typeof slots[k].value === 'string')
    const from = fromKey ? startOf(slots[fromKey].value as string) : null
    if (rule.months === null || !from || !today) return { ...base, status: 'unknown' as const }
    const deadline = addMonthsToDay(from, rule.months)
    const left = daysBetween(today, deadline)
    const status: LimitationStatus = compareYmd(today, deadline) > 0 ? 'passed' : left <= SOON_DAYS ? 'soon' : 'running'
    return { ...base, status, from: formatYmd(from), deadline: formatYmd(deadline) }
  })
}
