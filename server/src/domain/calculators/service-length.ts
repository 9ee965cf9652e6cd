import { type Exact, exact } from './exact'
import { addMonths, compareDates, formatDate, inclusiveSpan, type CalendarDate } from './dates'

export interface ServiceLength {
  months: number
  /** Days beyond the whole months (a part month). */
  days: number
  description: string
}

/**
 * Service from the first to the last day of employment, both counted, in calendar months. An end date on the
 * same day of the month as the start (2018-03-01 → 2023-03-01) is read as whole months: the relationship ends
 * on the anniversary, and counting the one extra day would turn 5 years into 5.5.
 */
export function serviceFromDates(start: CalendarDate, end: CalendarDate): ServiceLength {
  const span = inclusiveSpan(start, end)
  const onAnniversary = span.days === 1 && compareDates(addMonths(start, span.months), end) === 0
  const days = onAnniversary ? 0 : span.days
  return {
    months: span.months,
    days,
    description: `${formatDate(start)} 至 ${formatDate(end)}，共 ${describe(span.months, days)}`,
  }
}

export function serviceFromMonths(serviceMonths: number): ServiceLength {
  const months = Math.floor(serviceMonths)
  const partial = serviceMonths - months > 0
  return {
    months,
    days: partial ? 1 : 0,
    description: `工作 ${serviceMonths} 个月（${describe(months, partial ? 1 : 0)}）`,
  }
}

/**
 * N under 劳动合同法 47: one month per full year; a remainder of six months or more counts as a year, a
 * remainder under six months as half a month.
 */
export function compensationMonths(service: ServiceLength): { n: Exact; rule: string } {
  const years = Math.floor(service.months / 12)
  const remainderMonths = service.months % 12
  if (remainderMonths >= 6) return { n: exact(years + 1), rule: '六个月以上不满一年的部分按一年计算' }
  if (remainderMonths > 0 || service.days > 0) {
    return { n: exact(years).add(exact(0.5)), rule: '不满六个月的部分按半个月工资计算' }
  }
  return { n: exact(years), rule: '按满一年支付一个月工资计算' }
}

function describe(months: number, days: number): string {
  const parts = [
    Math.floor(months / 12) > 0 ? `${Math.floor(months / 12)} 年` : '',
    months % 12 > 0 ? `${months % 12} 个月` : '',
    days > 0 ? `${days} 天` : '',
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(' ') : '0 天'
}
