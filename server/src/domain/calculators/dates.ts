/** Calendar dates as plain values (no time zone): the statutes count calendar days and months. */
export interface CalendarDate {
  year: number
  month: number // 1–12
  day: number
}

const DAY_MS = 86_400_000

export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return undefined
  const [year, month, day] = match.slice(1).map(Number)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since 1970-01-01; differences of these are calendar-day counts. */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS
}

export function fromDayNumber(value: number): CalendarDate {
  const d = new Date(value * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days)
}

/** Same day-of-month `months` later, clamped to the month's last day (01-31 + 1 month → 02-28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b)
}

export interface CalendarSpan {
  months: number
  days: number
}

/**
 * Length of the period from `start` to `endInclusive`, both days counted: whole calendar months from the
 * start date, then the remaining days. 2020-03-01…2023-08-31 → 41 months 0 days.
 */
export function inclusiveSpan(start: CalendarDate, endInclusive: CalendarDate): CalendarSpan {
  const endExclusive = dayNumber(endInclusive) + 1
  let months = (endInclusive.year - start.year) * 12 + (endInclusive.month - start.month)
  while (months > 0 && dayNumber(addMonths(start, months)) > endExclusive) months--
  while (dayNumber(addMonths(start, months + 1)) <= endExclusive) months++
  return { months, days: endExclusive - dayNumber(addMonths(start, months)) }
}

/** Monday–Friday days from `start` to `endInclusive`. */
export function countWeekdays(start: CalendarDate, endInclusive: CalendarDate): number {
  let count = 0
  for (let n = dayNumber(start); n <= dayNumber(endInclusive); n++) {
    const weekday = new Date(n * DAY_MS).getUTCDay()
    if (weekday !== 0 && weekday !== 6) count++
  }
  return count
}
