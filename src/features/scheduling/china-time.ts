/** Session times are agreed in China time (UTC+8, no daylight saving), whatever zone the phone is set to. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** The China calendar day of an instant, shifted by whole days: 2026-11-28. */
export function chinaDay(ms: number, plusDays = 0): string {
  return new Date(ms + CHINA_OFFSET_MS + plusDays * DAY_MS).toISOString().slice(0, 10)
}

/** A China date (YYYY-MM-DD) and clock time (HH:mm) as an ISO instant with its offset, as the API takes it. */
export function chinaInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`
}

/** 2026-11-28 → 11月28日（周六）. */
export function describeDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return `${month}月${day}日（周${WEEKDAYS[weekday]}）`
}

/** 09:30 → 上午9:30, 14:00 → 下午2:00: the way people say a time aloud. */
export function describeClock(time: string): string {
  const [hour, minute] = time.split(':').map(Number)
  const mm = String(minute).padStart(2, '0')
  if (hour < 6) return `凌晨${hour}:${mm}`
  if (hour < 12) return `上午${hour}:${mm}`
  if (hour < 13) return `中午${hour}:${mm}`
  if (hour < 18) return `下午${hour - 12}:${mm}`
  return `晚上${hour - 12}:${mm}`
}

/** An ISO instant → 11月28日（周六）上午9:30, in China time. */
export function describeStart(iso: string): string {
  const shifted = new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString()
  return `${describeDay(shifted.slice(0, 10))}${describeClock(shifted.slice(11, 16))}`
}

/** 60 → 1小时, 90 → 1小时30分钟, 30 → 30分钟. */
export function describeDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest}分钟`
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`
}
