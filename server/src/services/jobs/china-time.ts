const CHINA_OFFSET_MS = 8 * 3600_000

/** An instant as Beijing wall-clock time for messages: 2026年11月28日 14:30. */
export function chinaDateTime(instant: Date | string): string {
  const china = new Date((typeof instant === 'string' ? Date.parse(instant) : instant.getTime()) + CHINA_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`
}

/** A YYYY-MM-DD date for messages: 2026年12月11日. */
export function chinaDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
