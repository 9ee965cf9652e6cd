/**
 * Financial capitals (大写金额) as written on agreements: 人民币叁万伍仟元整. Same rules as the server's
 * opinion generator (one 零 for a run of zeros, 整 when there are no 分), so the page and the PDF agree.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const SMALL_UNITS = ['', '拾', '佰', '仟']
const SECTION_UNITS = ['', '万', '亿', '万亿']
/** 万亿 is the largest section unit, so amounts stop below a thousand 万亿. */
const AMOUNT_LIMIT = 1e15

function sectionToCapitals(section: number): string {
  let out = ''
  let pendingZero = false
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(section / 10 ** position) % 10
    if (digit === 0) {
      if (out !== '') pendingZero = true
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    out += DIGITS[digit] + SMALL_UNITS[position]
  }
  return out
}

function integerToCapitals(value: number): string {
  if (value === 0) return '零'
  const sections: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) sections.push(rest % 10000)
  let out = ''
  let needZero = false
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index]
    if (section === 0) {
      if (out !== '') needZero = true
      continue
    }
    if (out !== '' && (needZero || section < 1000)) out += '零'
    needZero = false
    out += sectionToCapitals(section) + SECTION_UNITS[index]
  }
  return out
}

/** 35000 → 人民币叁万伍仟元整; 100.05 → 人民币壹佰元零伍分. Null for amounts that cannot be written so. */
export function amountInCapitals(yuan: number): string | null {
  if (!Number.isFinite(yuan) || yuan < 0 || yuan >= AMOUNT_LIMIT) return null
  const cents = Math.round(yuan * 100)
  const integer = Math.floor(cents / 100)
  const jiao = Math.floor(cents / 10) % 10
  const fen = cents % 10
  let out = integer > 0 || (jiao === 0 && fen === 0) ? `${integerToCapitals(integer)}元` : ''
  if (jiao === 0 && fen === 0) return `人民币${out}整`
  if (jiao > 0) out += `${DIGITS[jiao]}角`
  else if (integer > 0) out += '零'
  out += fen > 0 ? `${DIGITS[fen]}分` : '整'
  return `人民币${out}`
}

/** 42000 → 42,000.00 */
export function formatYuan(yuan: number): string {
  const [integer, fraction] = Math.abs(yuan).toFixed(2).split('.')
  return `${yuan < 0 ? '-' : ''}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`
}
