/** Turning what the input controls hold into the contract's slot values (money yuan, ISO dates, ISO durations). */

export type DatePrecision = 'day' | 'month' | 'year'

const pad = (value: number) => String(value).padStart(2, '0')

/** 2024, 3, 5 at 'month' → 2024-03: residents often remember only the month or the year. */
export function partialDate(date: Date, precision: DatePrecision): string {
  const year = String(date.getFullYear())
  if (precision === 'year') return year
  const month = `${year}-${pad(date.getMonth() + 1)}`
  return precision === 'month' ? month : `${month}-${pad(date.getDate())}`
}

/** 2024-03 → 2024年3月 for the answer bubble. */
export function describePartialDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`
}

export interface DurationParts {
  years: number
  months: number
  days: number
}

/** {years: 2, months: 3} → P2Y3M; null when everything is zero. */
export function isoDuration({ years, months, days }: DurationParts): string | null {
  const body = `${years ? `${years}Y` : ''}${months ? `${months}M` : ''}${days ? `${days}D` : ''}`
  return body ? `P${body}` : null
}

export function describeDuration({ years, months, days }: DurationParts): string {
  return `${years ? `${years}年` : ''}${months ? `${months}个月` : ''}${days ? `${days}天` : ''}`
}

/** Keypad text to yuan: digits with at most one point and two decimals. Null when not a usable amount. */
export function parseKeypadAmount(text: string): number | null {
  if (!/^\d+(?:\.\d{0,2})?$/.test(text)) return null
  const value = Number(text)
  return Number.isFinite(value) && value > 0 ? value : null
}

/** The next keypad text after one key, refusing keys that would make it invalid (second point, third decimal). */
export function pressKey(text: string, key: string): string {
  if (key === 'delete') return text.slice(0, -1)
  if (key === 'clear') return ''
  if (key === '.') return text.includes('.') ? text : `${text || '0'}.`
  if (key === '万') {
    const value = parseKeypadAmount(text)
    return value === null ? text : String(Math.round(value * 10000 * 100) / 100)
  }
  if (!/^\d$/.test(key)) return text
  if (/\.\d{2}$/.test(text)) return text
  if (text === '0') return key
  const next = text + key
  // 12 integer digits reach 千亿, far above any claim the server accepts (1e12).
  return next.split('.')[0].length > 12 ? text : next
}
