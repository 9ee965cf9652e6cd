const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (clause numbers stay below 100). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`Unsupported clause number: ${n}`)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`
}

/** A real calendar date in YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

/** 2026-12-31 → 2026年12月31日, as written on Chinese legal papers. */
export function chineseDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** 12000 → 12,000.00 */
export function figures(yuan: number): string {
  return yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/** At most two decimals (fen), tolerant of binary floating point (0.1 + 0.2). */
export function isWholeFen(yuan: number): boolean {
  return Math.abs(Math.round(yuan * 100) - yuan * 100) < 1e-6
}
