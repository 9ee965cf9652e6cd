/**
 * Parses Chinese and mixed numerals as residents and officials write them: 三万五千, 叁万伍仟, 两千五 (=2500),
 * 3万5 (=35000), 14.6万, 2100万, 一点五万, 二〇一九, 廿三. Input must already be normalised (萬→万 etc.).
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  Ｏ: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
}

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const TENS: Record<string, number> = { 廿: 20, 卅: 30 }

/** Characters that can appear inside a numeral run (besides ASCII digits, '.' and ','). */
export const NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿廿卅'
const NUMERAL_CHAR_SET = new Set(NUMERAL_CHARS)

const CHINESE_DIGIT_SET = new Set(Object.keys(DIGITS))

export function isNumeralChar(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || NUMERAL_CHAR_SET.has(ch)
}

export function isChineseDigit(ch: string): boolean {
  return CHINESE_DIGIT_SET.has(ch)
}

/** Value below 10,000 (or any plain Arabic number), with colloquial elision: 两千五 = 2500, 一百五 = 150. */
function parseSection(s: string): number | null {
  if (s === '') return 0
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s)
  let total = 0
  let current: number | null = null
  let currentDigits = 0
  let lastUnit = 0
  let zeroAfterUnit = false
  let i = 0
  while (i < s.length) {
    const ch = s[i]
    const arabic = /^\d+(\.\d+)?/.exec(s.slice(i))
    if (arabic) {
      current = Number(arabic[0])
      currentDigits = arabic[0].replace('.', '').length
      i += arabic[0].length
      continue
    }
    if (ch in DIGITS) {
      const d = DIGITS[ch]
      if (d === 0 && current === null && ch === '零') {
        zeroAfterUnit = lastUnit > 0
      } else {
        // Digits run together only in digit strings (二〇一九); after a unit, 七八 means "seven or eight".
        if (current !== null && lastUnit > 0) return null
        current = current === null ? d : current * 10 + d
        currentDigits++
      }
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]
      if (lastUnit && unit >= lastUnit && current === null) return null
      total += (current ?? 1) * unit
      lastUnit = unit
      current = null
      currentDigits = 0
      zeroAfterUnit = false
    } else if (ch in TENS) {
      total += TENS[ch]
      lastUnit = 10
      current = null
    } else {
      return null
    }
    i++
  }
  if (current !== null) {
    // 两千五: a single trailing digit right after a unit means the next lower unit.
    const elided = lastUnit >= 100 && !zeroAfterUnit && currentDigits === 1
    total += elided ? current * (lastUnit / 10) : current
  }
  return total
}

/** Two or more Chinese digits with no unit after 万/亿 (两万七八) are a range, not a number. */
const BARE_CHINESE_DIGITS = /^[一二两三四五六七八九][一二两三四五六七八九]+$/

function parseBelowHundredMillion(s: string): number | null {
  const idx = s.indexOf('万')
  if (idx < 0) return parseWithDecimalPoint(s)
  const high = s.slice(0, idx)
  const low = s.slice(idx + 1)
  const highValue = high === '' ? 1 : parseWithDecimalPoint(high)
  if (highValue === null || low.includes('万') || BARE_CHINESE_DIGITS.test(low)) return null
  let lowValue: number | null
  // 3万5 / 三万五 = 35,000 (single trailing digit means thousands); 3万零5 = 30,005.
  if (/^(\d|[一二两三四五六七八九壹贰叁肆伍陆柒捌玖])$/.test(low)) lowValue = (parseSection(low) ?? 0) * 1000
  else lowValue = parseSection(low.replace(/^[零〇]/, ''))
  if (lowValue === null) return null
  return highValue * 10000 + lowValue
}

/** 一点五 = 1.5, 14.6 = 14.6 */
function parseWithDecimalPoint(s: string): number | null {
  const point = s.indexOf('点')
  if (point < 0) return parseSection(s)
  const intPart = parseSection(s.slice(0, point))
  const frac = s.slice(point + 1)
  if (intPart === null || frac === '') return null
  let fracDigits = ''
  for (const ch of frac) {
    if (ch >= '0' && ch <= '9') fracDigits += ch
    else if (ch in DIGITS) fracDigits += String(DIGITS[ch])
    else return null
  }
  return Number(`${intPart}.${fracDigits}`)
}

/**
 * Parses a numeral run. Returns null when the run is not a well-formed number.
 * Commas are accepted only as thousands separators in Arabic numbers (243,567.88).
 */
export function parseNumeral(raw: string): number | null {
  let s = raw.replace(/\s+/g, '')
  if (s === '') return null
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?(万|亿)?$/.test(s)) return null
    s = s.replace(/,/g, '')
  }
  if (/^\d+\.?$/.test(s)) return Number(s.replace('.', ''))
  const yi = s.indexOf('亿')
  let value: number | null
  if (yi >= 0) {
    const high = s.slice(0, yi)
    const low = s.slice(yi + 1)
    const highValue = high === '' ? 1 : parseBelowHundredMillion(high)
    if (BARE_CHINESE_DIGITS.test(low)) return null
    let lowValue: number | null
    if (/^(\d|[一二两三四五六七八九壹贰叁肆伍陆柒捌玖])$/.test(low)) lowValue = (parseSection(low) ?? 0) * 1e7
    else lowValue = parseBelowHundredMillion(low.replace(/^[零〇]/, ''))
    value = highValue === null || lowValue === null ? null : highValue * 1e8 + lowValue
  } else {
    value = parseBelowHundredMillion(s)
  }
  if (value === null || !Number.isFinite(value)) return null
  return Math.round(value * 100) / 100
}

/** Reads a digit string written with Chinese digits (二〇一九 → 2019) or Arabic digits. */
export function parseDigitString(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  let out = ''
  for (const ch of s) {
    if (ch in DIGITS) out += String(DIGITS[ch])
    else if (ch >= '0' && ch <= '9') out += ch
    else return null
  }
  return out === '' ? null : Number(out)
}

/** Small counts in dates and durations: 十一, 廿三, 12, 三十一. */
export function parseSmallNumber(s: string): number | null {
  const v = parseNumeral(s)
  return v !== null && Number.isInteger(v) ? v : null
}
