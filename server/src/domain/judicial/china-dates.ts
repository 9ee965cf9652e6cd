const CHINA_OFFSET_MS = 8 * 3600_000

/** The calendar date in China (UTC+8, no daylight saving) of an instant, as YYYY-MM-DD. */
export function chinaDate(instant: Date | string): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whole calendar days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}
