/**
 * Financial capitals (大写金额) as written on mediation agreements and receipts: 人民币叁万伍仟元整.
 * Follows the usual bookkeeping rules: one 零 for any run of zeros inside the number, 整 when there are no 分.
 */
const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const SMALL_UNITS = ['', '拾', '佰', '仟']
const SECTION_UNITS = ['', '万', '亿', '万亿']

/** Up to 9,999亿 (and fen stays exact in a double). */
export const MAX_CAPITALS_AMOUNT = 999_999_999_999

function sectionToCapitals(section: number): string {
  let out = ''
  let pendingZero = false
  for (let pos = 3; pos >= 0; pos--) {
    const digit = Math.floor(section / 10 ** pos) % 10
    if (digit === 0) {
      if (out !== '') pendingZero = true
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    out += CAPITAL_DIGITS[digit] + SMALL_UNITS[pos]
  }
  return out
}

function integerToCapitals(value: number): string {
  if (value === 0) return '零'
  const sections: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) sections.push(rest % 10000)
  let out = ''
  let needZero = false
  for (let i = sections.length - 1; i >= 0; i--) {
    const section = sections[i]
    if (section === 0) {
      if (out !== '') needZero = true
      continue
    }
    // A gap of zeros before this section (e.g. 10,0005 or 1,0050) is read as one 零.
    if (out !== '' && (needZero || section < 1000)) out += '零'
    needZero = false
    out += sectionToCapitals(section) + SECTION_UNITS[i]
  }
  return out
}

/** Formats an amount in yuan, e.g. 35000 → 人民币叁万伍仟元整, 100.05 → 人民币壹佰元零伍分. */
export function formatAmountInCapitals(yuan: number, options: { prefix?: string } = {}): string {
  if (!Number.isFinite(yuan) || yuan < 0 || yuan > MAX_CAPITALS_AMOUNT) {
    throw new RangeError(`Amount out of range for capitals: ${yuan}`)
  }
  const prefix = options.prefix ?? '人民币'
  const cents = Math.round(yuan * 100)
  const integer = Math.floor(cents / 100)
  const jiao = Math.floor(cents / 10) % 10
  const fen = cents % 10
  let out = integer > 0 || (jiao === 0 && fen === 0) ? `${integerToCapitals(integer)}元` : ''
  if (jiao === 0 && fen === 0) return `${prefix}${out}整`
  if (jiao > 0) out += `${CAPITAL_DIGITS[jiao]}角`
  else if (integer > 0) out += '零'
  if (fen > 0) out += `${CAPITAL_DIGITS[fen]}分`
  else out += '整'
  return prefix + out
}
