/**
 * Administrative place names for routing: 福清市音西街道某某社区, 鼓楼区东街街道, 某某镇某某村.
 * Returns the most specific chain found (the one with most levels), or null.
 */
export interface LocationFact {
  text: string
  province?: string
  city?: string
  district?: string
  street?: string
  community?: string
}

const PIECE =
  /((?:(?![的了在于是被与和跟向从到我他她你们日月年号时驾驶骑住搬去来往将把])[\u4e00-\u9fa5]){2,10}?(?:自治区|特别行政区|省|自治州|地区|盟|市|区|县|旗|街道|镇|乡|苏木|社区|村|居委会|村委会))/y
const NOISE_PREFIX = /^(?:我在|住在|家在|位于|在|到|去|是|于|我家|我们|本人|申请人|被申请人|纠纷发生在|发生在)+/

/** Place words that end like divisions but are not ones. */
const NOT_ADMIN =
  /(?:小|园|景|城|辖|市|郊|山|库|厂|校|营业|住宅|生活|商业|开发|工业|保税|学)区$|^(?:城市|都市|超市|门市|集市|夜市|菜市|上市|股市)$/

function levelOf(piece: string): keyof Omit<LocationFact, 'text'> {
  if (/(?:社区|村|居委会|村委会)$/.test(piece)) return 'community'
  if (/(?:省|自治区|特别行政区)$/.test(piece)) return 'province'
  if (/(?:自治州|地区|盟)$/.test(piece)) return 'city'
  if (/市$/.test(piece)) return 'city'
  if (/(?:区|县|旗)$/.test(piece)) return 'district'
  if (/(?:街道|镇|乡|苏木)$/.test(piece)) return 'street'
  return 'community'
}

export function extractLocation(text: string): LocationFact | null {
  let best: LocationFact | null = null
  let bestLevels = 0
  for (let i = 0; i < text.length; i++) {
    if (!/[\u4e00-\u9fa5]/.test(text[i])) continue
    const fact: LocationFact = { text: '' }
    let levels = 0
    let j = i
    let lastLevel = -1
    const order = ['province', 'city', 'district', 'street', 'community']
    for (;;) {
      PIECE.lastIndex = j
      const m = PIECE.exec(text)
      if (!m) break
      const piece = j === i ? m[1].replace(NOISE_PREFIX, '') : m[1]
      const level = levelOf(piece)
      const rank = order.indexOf(level)
      if (rank <= lastLevel || piece.length < 2 || NOT_ADMIN.test(piece)) break
      fact[level] = piece
      lastLevel = rank
      levels++
      j += m[0].length
    }
    if (levels > bestLevels || (levels > 0 && levels === bestLevels && best && j - i < best.text.length)) {
      fact.text = [fact.province, fact.city, fact.district, fact.street, fact.community].filter(Boolean).join('')
      best = fact
      bestLevels = levels
    }
    if (levels > 0) i = j - 1
  }
  return best
}
