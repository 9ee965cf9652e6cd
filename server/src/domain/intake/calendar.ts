/** Small calendar helpers on plain numbers: no time zones, no Date parsing of user text. */
export interface YMD {
  y: number
  m: number
  d: number
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export function isValidDate(y: number, m: number, d?: number): boolean {
  if (!Number.isInteger(y) || y < 1900 || y > 2200) return false
  if (!Number.isInteger(m) || m < 1 || m > 12) return false
  if (d === undefined) return true
  return Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m)
}

export function parseIsoDay(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : null
}

export function addDays(date: YMD, days: number): YMD {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days))
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months
  return { y: Math.floor(index / 12), m: (index % 12) + 1 }
}

/** Monday = 1 … Sunday = 7 */
export function isoWeekday(date: YMD): number {
  const w = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay()
  return w === 0 ? 7 : w
}

const pad = (n: number) => String(n).padStart(2, '0')

export function formatPartial(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y)
  if (d === undefined) return `${y}-${pad(m)}`
  return `${y}-${pad(m)}-${pad(d)}`
}

export function formatYmd(date: YMD): string {
  return formatPartial(date.y, date.m, date.d)
}

export function compareYmd(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d
}
