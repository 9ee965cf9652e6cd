import { AMOUNT_LABEL_RULES, RATE_LABELS } from './amount-labels'
import { findContextLabel } from './context-label'
import { clauseStart, SpanMask } from './normalize'
import { isChineseDigit, isNumeralChar, parseNumeral } from './numerals'

export type RatePeriod = 'month' | 'day' | 'year' | 'hour'

export interface AmountFact {
  /** Yuan, rounded to the fen. */
  value: number
  text: string
  approximate: boolean
  label?: string
  labelName?: string
  /** Set when the amount is a price per period (每月4500元): it must not be summed with claims. */
  rate?: RatePeriod
  start: number
  end: number
}

const CURRENCY_UNIT = /^(?:元|圆|块钱|块(?![地田土宅砖石板玻璃牌表糖肉布骨区域])|人民币|rmb|RMB)(?:整|正)?/
const FRACTION =
  /^\s*(?:零)?([0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])角(?:\s*零?([0-9一二三四五六七八九壹贰叁肆伍陆柒捌玖])分)?|^\s*零?([0-9一二三四五六七八九壹贰叁肆伍陆柒捌玖])分/
const APPROX_BEFORE_UNIT = /^(?:多|余|来)/
// 3.5w / 8k are how many residents type 万 and 千.
const MAGNITUDE = /^\s*(万|亿|千|[wW](?![A-Za-z])|[kK](?![A-Za-z]))/
/** 五六千, 两三万: two neighbouring digits before a unit mean "about" the lower one. */
const NEIGHBOUR_DIGITS = /^([一两二三四五六七八九])([二三四五六七八九])([十百千万亿].*)$/
/** 两万七八, 三千七八: neighbouring digits after a unit mean about the lower one (两万七 = 27,000). */
const NEIGHBOUR_TAIL = /^(.*[万千百])([一二三四五六七八九])([二三四五六七八九])$/
const DIGIT_VALUE: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const APPROX_AFTER = /^(?:左右|上下|出头|多|余)/
const APPROX_PREFIX = /(?:近|约|约为|约合|大约|大概|将近|接近|差不多|估计|预计|大致)\s*(?:人民币)?\s*$/
const CURRENCY_PREFIX = /(?:人民币|¥|RMB|rmb|￥)\s*$/
const RATE_AFTER = /^\s*(?:\/|每|一)\s*(?:个)?(月|天|日|年|小时|时)/
const RATE_BEFORE: Array<[RegExp, RatePeriod]> = [
  [
    /(?:每个?月|(?<![\d一二两三四五六七八九十几个])月(?:薪|工资|收入|租金?)|^一个月|[^\d一二两三四五六七八九十几]一个月|按月|平均工资|月均工资)[^，。,；\d]{0,6}$/,
    'month',
  ],
  [/(?:每天|日薪|一天|每日|日工资|按天)[^，。,；\d]{0,6}$/, 'day'],
  [/(?:每年|年薪|一年|年租金?|每一年)[^，。,；\d]{0,6}$/, 'year'],
  [/(?:每小时|时薪|一小时|每个小时)[^，。,；\d]{0,6}$/, 'hour'],
]
/** Measure words that make a bare number a count, a size or a date, not money. */
const NOT_MONEY_AFTER =
  /^\s*(?:%|‰|年|个|月|日|号|天|人|名|位|次|回|岁|周|条|款|项|套|间|平|米|㎡|公里|里|km|斤|公斤|吨|亩|分钟|小时|秒|期|层|楼|栋|幢|单元|室|件|台|辆|张|份|页|课时|节|堂|倍|成|折|级|点|时|家|户|只|头|棵|株|本|瓶|盒|箱|根|部|所|座|支|双|遍|轮|届|批|组|队|人次|克|升|度|寸|尺|厘|毫|c|m|k|g|kg|公分|cm|mm|万?[人字户])/
const NOT_MONEY_BEFORE =
  /(?:第|百分之|千分之|编号|号码|号|电话|手机|身份证|账号|卡号|尾号|车牌|学号|门牌|房间|[A-Za-z])\s*$/
const MONEY_CONTEXT_BEFORE =
  /工资|薪|工钱|押金|租金|房租|借|欠|还|赔|补偿|费|款|钱|金额|价|付|转|退|罚|报酬|奖金|提成|收入|损失|利息|本金|花|共计|合计|总计|计|总共|一共|算下来/
const MONEY_CONTEXT_AFTER =
  /^\s*(?:一个月|每个?月|一天|每天)|^\s*(?:出头|左右|多|余)?的?.{0,3}?(?:工资|薪|押金|租金|房租|费|款|钱|利息|本金|报酬|损失|补偿|赔偿)/
const RANGE_TO_MONEY = /^\s*(?:-|~|至|到|—)\s*[\d.,零〇一二两三四五六七八九十百千]+\s*(万|亿|千)?\s*(?:元|块|圆)/
const SPECIAL_ROUND = /^([万千])把\s*(?:块钱|块|元)/

/** A run of numeral characters at i: digits, Chinese numerals, thousands commas, decimal points, 260 万. */
function numeralRunEnd(text: string, i: number): number {
  let j = i
  while (j < text.length) {
    const ch = text[j]
    // 两千五一个月: a second bare digit followed by a measure word starts a new count (一个月), not the number.
    if (
      j > i &&
      isChineseDigit(ch) &&
      isChineseDigit(text[j - 1]) &&
      /[个天年月周次人名位间套台辆]/.test(text[j + 1] ?? '')
    )
      break
    if (isNumeralChar(ch)) j++
    else if ((ch === ',' || ch === '.') && /\d/.test(text[j - 1] ?? '') && /\d/.test(text[j + 1] ?? '')) j++
    else if (ch === '点' && isChineseDigit(text[j - 1] ?? '') && isChineseDigit(text[j + 1] ?? '')) j++
    else if (ch === ' ' && /\d/.test(text[j - 1] ?? '') && /^ *[万亿]/.test(text.slice(j))) j++
    else break
  }
  return j
}

function isRunStart(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || isChineseDigit(ch) || ch === '十' || ch === '拾' || ch === '廿'
}

function rateFrom(text: string, start: number, afterUnit: string): RatePeriod | undefined {
  const rateAfter = RATE_AFTER.exec(afterUnit)
  if (rateAfter) {
    const u = rateAfter[1]
    return u === '月' ? 'month' : u === '年' ? 'year' : u === '小时' || u === '时' ? 'hour' : 'day'
  }
  const before = text.slice(Math.max(clauseStart(text, start), start - 12), start)
  for (const [pattern, period] of RATE_BEFORE) if (pattern.test(before)) return period
  return undefined
}

function labelFor(text: string, start: number, end: number, rate: RatePeriod | undefined) {
  const found = findContextLabel(text, start, end, AMOUNT_LABEL_RULES, {
    before: 18,
    after: 8,
    afterGap: /^的?$/,
    crossCommas: true,
  })
  let label = found?.rule.label
  let name = found?.rule.name
  if (rate) {
    // 每月4500元 with no other keyword is, in these disputes, almost always the monthly wage.
    const base = label ?? (/租/.test(text.slice(clauseStart(text, start), end)) ? 'rent' : 'wage_owed')
    const mapped = RATE_LABELS[rate][base]
    if (mapped) {
      label = mapped.label
      name = mapped.name
    } else if (!label) {
      label = undefined
    }
  }
  return label && name ? { label, labelName: name } : {}
}

/**
 * Finds sums of money in normalised text. Bare numbers count as money only with a money word nearby and no
 * measure word after them; spans already claimed by dates, phone numbers or ID numbers are never read.
 */
export function extractAmounts(text: string, mask: SpanMask = new SpanMask(text.length)): AmountFact[] {
  const facts: AmountFact[] = []
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (mask.isTaken(i)) {
      i++
      continue
    }
    const round = ch === '万' || ch === '千' ? SPECIAL_ROUND.exec(text.slice(i, i + 6)) : null
    if (round && !isNumeralChar(text[i - 1] ?? '')) {
      const end = i + round[0].length
      const value = round[1] === '万' ? 10000 : 1000
      facts.push({
        value,
        text: text.slice(i, end),
        approximate: true,
        start: i,
        end,
        ...labelFor(text, i, end, undefined),
      })
      i = end
      continue
    }
    if (!isRunStart(ch) || isNumeralChar(text[i - 1] ?? '') || /[\d.,]/.test(text[i - 1] ?? '')) {
      i++
      continue
    }
    const runEnd = numeralRunEnd(text, i)
    const fact = readAmount(text, i, runEnd, mask)
    if (fact) {
      facts.push(fact)
      mask.claim(fact)
      i = fact.end
    } else {
      i = runEnd
    }
  }
  return dedupe(facts)
}

/** The number a run stands for; 五六千 and 两万七八 (neighbouring digits) read as about the lower value. */
function runValue(run: string): { value: number; approximate: boolean } | null {
  const pair = NEIGHBOUR_DIGITS.exec(run)
  if (pair && DIGIT_VALUE[pair[2]] === DIGIT_VALUE[pair[1]] + 1) {
    const value = parseNumeral(pair[1] + pair[3])
    return value === null ? null : { value, approximate: true }
  }
  const tail = NEIGHBOUR_TAIL.exec(run)
  if (tail && DIGIT_VALUE[tail[3]] === DIGIT_VALUE[tail[2]] + 1) {
    const value = parseNumeral(tail[1] + tail[2])
    return value === null ? null : { value, approximate: true }
  }
  const value = parseNumeral(run)
  return value === null ? null : { value, approximate: false }
}

function readAmount(text: string, start: number, runEnd: number, mask: SpanMask): AmountFact | null {
  const run = text.slice(start, runEnd)
  if (mask.overlaps({ start, end: runEnd })) return null
  const read = runValue(run)
  if (read === null) return null
  let value = read.value
  const before = text.slice(Math.max(0, start - 8), start)
  if (!CURRENCY_PREFIX.test(before) && NOT_MONEY_BEFORE.test(before)) return null
  let approximate = read.approximate || APPROX_PREFIX.test(before)
  let pos = runEnd
  let rest = text.slice(pos, pos + 24)
  const approxBeforeUnit = APPROX_BEFORE_UNIT.exec(rest)
  if (approxBeforeUnit) {
    approximate = true
    pos += approxBeforeUnit[0].length
    rest = text.slice(pos, pos + 24)
  }
  const magnitude = MAGNITUDE.exec(rest)
  let hasMagnitude = /[万亿千]/.test(run)
  if (
    magnitude &&
    (approxBeforeUnit || !/[万亿]/.test(run)) &&
    (/^[wWkK]/.test(magnitude[1]) ? /^\d/.test(run) : true)
  ) {
    const unit = magnitude[1].toLowerCase()
    value *= unit === '万' || unit === 'w' ? 1e4 : unit === '亿' ? 1e8 : 1e3
    pos += magnitude[0].length
    rest = text.slice(pos, pos + 24)
    hasMagnitude = true
  }
  const spaceThenUnit = /^\s*/.exec(rest)?.[0].length ?? 0
  const unit = CURRENCY_UNIT.exec(rest.slice(spaceThenUnit))
  const currencyBefore = CURRENCY_PREFIX.test(before)
  let isMoney = Boolean(unit) || currencyBefore
  if (unit) {
    pos += spaceThenUnit + unit[0].length
    const fraction = FRACTION.exec(text.slice(pos, pos + 8))
    if (fraction && (unit[0].startsWith('元') || unit[0].startsWith('圆'))) {
      const jiao = fraction[1] ? (parseNumeral(fraction[1]) ?? 0) : 0
      const fen = fraction[2] ? (parseNumeral(fraction[2]) ?? 0) : fraction[3] ? (parseNumeral(fraction[3]) ?? 0) : 0
      value += jiao / 10 + fen / 100
      pos += fraction[0].length
    }
  } else if (!isMoney) {
    const after = text.slice(pos, pos + 12)
    if (NOT_MONEY_AFTER.test(after)) return null
    const rangeToMoney = RANGE_TO_MONEY.exec(after)
    if (rangeToMoney) {
      if (rangeToMoney[1] && !hasMagnitude)
        value *= rangeToMoney[1] === '万' ? 1e4 : rangeToMoney[1] === '亿' ? 1e8 : 1e3
      isMoney = true
    } else {
      // Bare number: 25320的课时费, 工资8600没给, 欠我3万5, 两千五一个月.
      const arabic = /^\d/.test(run)
      if (!arabic && !hasMagnitude) return null
      if (arabic && /^\d{11,}$/.test(run.replace(/[,.]/g, ''))) return null
      if (value < 100) return null
      const clauseBefore = text.slice(Math.max(clauseStart(text, start), start - 12), start)
      isMoney = MONEY_CONTEXT_BEFORE.test(clauseBefore) || MONEY_CONTEXT_AFTER.test(after)
    }
  }
  if (!isMoney || value <= 0) return null
  const afterUnit = text.slice(pos, pos + 12)
  const approxAfter = APPROX_AFTER.exec(afterUnit)
  if (approxAfter && !(approxAfter[0] === '多' && /^多(?:元|块)/.test(afterUnit))) {
    approximate = true
    pos += approxAfter[0].length
  }
  const rate = rateFrom(text, start, text.slice(pos, pos + 8))
  if (rate) {
    const rateAfter = RATE_AFTER.exec(text.slice(pos, pos + 8))
    if (rateAfter) pos += rateAfter[0].length
  }
  const end = pos
  const textStart = approximate ? Math.max(start - (APPROX_PREFIX.exec(before)?.[0].length ?? 0), 0) : start
  return {
    value: Math.round(value * 100) / 100,
    text: text.slice(textStart, end).trim(),
    approximate,
    ...(rate ? { rate } : {}),
    start: textStart,
    end,
    ...labelFor(text, textStart, end, rate),
  }
}

function dedupe(facts: AmountFact[]): AmountFact[] {
  const seen = new Set<string>()
  return facts.filter((f) => {
    const key = `${f.value}|${f.label ?? ''}|${f.rate ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
