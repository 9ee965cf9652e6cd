import {
  addDays,
  addMonths,
  compareYmd,
  formatPartial,
  isValidDate,
  isoWeekday,
  parseIsoDay,
  type YMD,
} from './calendar'
import { findContextLabel, type LabelRule } from './context-label'
import { SpanMask } from './normalize'
import { parseDigitString, parseSmallNumber } from './numerals'
import { DATE_LABEL_RULES } from './date-labels'

export interface DateFact {
  /** ISO, partial allowed (2019, 2019-11, 2019-11-05); ranges as start/end. */
  value: string
  text: string
  label?: string
  labelName?: string
  start: number
  end: number
}

/** One point in time as written: precision follows what the text says. */
interface Point {
  y: number
  m?: number
  d?: number
}

interface Atom {
  start: number
  end: number
  /** Resolves the point given the previous point in the text (for year inference) and today. */
  resolve: (previous: Point | null, today: YMD) => Point | { range: [Point, Point] } | null
  /** Day-only or month-day atoms may end a range started by another atom. */
  partial: boolean
}

const Y4 = '(\\d{4}|[〇零一二三四五六七八九]{4})'
const MON = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])'
const DAY = '(\\d{1,2}|[一二]?十[一二三四五六七八九]?|三十[一]?|廿[一二三四五六七八九]?|[一二三四五六七八九])'
const DAY_SUFFIX = '(?:日|号)'
const CN_NUM = '(\\d+|[一二两三四五六七八九十半]+)'

const num = (s: string) => parseSmallNumber(s)
const year4 = (s: string) => parseDigitString(s)

/** Year inference for a date written without one: the previous date's year, else the latest one not after today. */
function inferYear(previous: Point | null, today: YMD, m: number, d?: number): number {
  if (previous) return previous.y
  const candidate = { y: today.y, m, d: d ?? 1 }
  return compareYmd(candidate, today) > 0 ? today.y - 1 : today.y
}

function point(y: number, m?: number, d?: number): Point | null {
  if (m === undefined) return y >= 1900 && y <= 2200 ? { y } : null
  return isValidDate(y, m, d) ? { y, m, d } : null
}

function relativeYear(word: string): number {
  return { 今年: 0, 本年: 0, 当年: 0, 同年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1, 次年: 1, 翌年: 1, 第二年: 1 }[word] ?? 0
}

type Builder = (m: RegExpExecArray) => Atom['resolve'] | null

interface Pattern {
  regex: RegExp
  build: Builder
  partial?: boolean
}

const ymdFrom = (p: Point | null): YMD | null => (p && p.m !== undefined && p.d !== undefined ? (p as YMD) : null)

const PATTERNS: Pattern[] = [
  // 2019年11月5日 / 二〇一九年十一月五日 / 2019年11月 / 2019年
  {
    regex: new RegExp(
      `(?<![\\d])${Y4}\\s*年(?:(底|末|初)|\\s*${MON}\\s*月(?:份)?(?:\\s*${DAY}\\s*${DAY_SUFFIX})?)?`,
      'y',
    ),
    build: (m) => {
      const y = year4(m[1])
      if (y === null) return null
      const mo = m[2] ? (m[2] === '初' ? 1 : 12) : m[3] ? num(m[3]) : undefined
      const d = m[4] ? num(m[4]) : undefined
      if (mo === null || d === null) return null
      return () => point(y, mo, d)
    },
  },
  // 2019.11.5 / 2019/11/05 / 2019-11-05 / 2019.11
  {
    regex: /(?<![\d.])(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?(?![\d]|\.\d|\s*[万亿元块])/y,
    build: (m) => {
      const y = Number(m[1])
      const mo = Number(m[3])
      const d = m[4] ? Number(m[4]) : undefined
      return () => point(y, mo, d)
    },
  },
  // 19年10月 (two-digit year, only with a month)
  {
    regex: new RegExp(`(?<![\\d])(\\d{2})年\\s*${MON}\\s*月(?:份)?(?:\\s*${DAY}\\s*${DAY_SUFFIX})?`, 'y'),
    build: (m) => {
      const yy = Number(m[1])
      const mo = num(m[2])
      const d = m[3] ? num(m[3]) : undefined
      if (mo === null || d === null) return null
      return (_p, today) => point(yy + 2000 > today.y + 1 ? yy + 1900 : yy + 2000, mo, d)
    },
  },
  // 去年9月 / 今年3月5日 / 同年5月 / 次年 / 去年底
  {
    regex: new RegExp(
      `(今年|本年|去年|上年|前年|明年|当年|同年|次年|翌年|第二年)(?:(底|末|初)|\\s*${MON}\\s*月(?:份)?(?:\\s*${DAY}\\s*${DAY_SUFFIX})?)?`,
      'y',
    ),
    build: (m) => {
      const offset = relativeYear(m[1])
      const fromPrevious = ['当年', '同年', '次年', '翌年', '第二年'].includes(m[1])
      const mo = m[2] ? (m[2] === '初' ? 1 : 12) : m[3] ? num(m[3]) : undefined
      const d = m[4] ? num(m[4]) : undefined
      if (mo === null || d === null) return null
      return (previous, today) => {
        const base = fromPrevious ? previous?.y : today.y
        if (base === undefined) return null
        return point(base + offset, mo, d)
      }
    },
  },
  // 上个月 / 上月5号 / 本月10日 / 下个月
  {
    // 上月工资 is a payroll phrase (每月15日发放上月工资), not a date.
    regex: new RegExp(`(上个?月|本月|这个?月|当月|同月|下个?月)(?:\\s*${DAY}\\s*${DAY_SUFFIX}|(?!的?(?:工资|房租|租金|费用|水电)))`, 'y'),
    build: (m) => {
      const word = m[1]
      const d = m[2] ? num(m[2]) : undefined
      if (d === null) return null
      return (previous, today) => {
        if (word === '当月' || word === '同月') {
          return previous?.m !== undefined ? point(previous.y, previous.m, d) : null
        }
        const shift = word.startsWith('上') ? -1 : word.startsWith('下') ? 1 : 0
        const ym = addMonths(today.y, today.m, shift)
        return point(ym.y, ym.m, d)
      }
    },
  },
  // 今天 / 昨天 / 前天 / 大前天 / 次日
  {
    regex: /(大前天|前天|昨天|昨日|今天|今日|明天|次日|翌日|第二天)/y,
    build: (m) => {
      const word = m[1]
      const shifts: Record<string, number> = { 大前天: -3, 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1 }
      if (word in shifts) return (_p, today) => addDays(today, shifts[word])
      return (previous) => {
        const base = ymdFrom(previous)
        return base ? addDays(base, 1) : null
      }
    },
  },
  // 上周 / 上周三 / 本周五 / 上个星期
  {
    regex: /(上|本|这)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])?/y,
    build: (m) => {
      const shift = m[1] === '上' ? -7 : 0
      const dayIndex = m[2] ? '一二三四五六日'.indexOf(m[2] === '天' ? '日' : m[2]) + 1 : 0
      return (_p, today) => {
        const monday = addDays(today, shift - (isoWeekday(today) - 1))
        if (dayIndex) return addDays(monday, dayIndex - 1)
        return { range: [monday, addDays(monday, 6)] as [Point, Point] }
      }
    },
  },
  // 三天前 / 2个月前 / 两年前 / 半年前 / 半个月前
  {
    regex: new RegExp(`${CN_NUM}\\s*(个多?月|个?星期|周|天|日|年)(?:以前|之前|前)`, 'y'),
    build: (m) => {
      const amount = m[1] === '半' ? 0.5 : num(m[1].replace('两', '二'))
      if (amount === null || amount <= 0) return null
      const unit = m[2]
      return (_p, today) => {
        if (unit === '天' || unit === '日') return Number.isInteger(amount) ? addDays(today, -amount) : null
        if (unit.includes('星期') || unit === '周') return addDays(today, -Math.round(amount * 7))
        if (unit.includes('月')) {
          const ym = addMonths(today.y, today.m, -Math.round(amount))
          return { y: ym.y, m: ym.m }
        }
        if (amount === 0.5) {
          const ym = addMonths(today.y, today.m, -6)
          return { y: ym.y, m: ym.m }
        }
        return Number.isInteger(amount) ? { y: today.y - amount } : null
      }
    },
  },
  {
    regex: /半(个月|年)(?:以前|之前|前)/y,
    build: (m) => (_p, today) => {
      const ym = addMonths(today.y, today.m, m[1] === '年' ? -6 : 0)
      if (m[1] === '年') return { y: ym.y, m: ym.m }
      return addDays(today, -15)
    },
  },
  // 11月3日 / 十一月三号 (year from context)
  {
    regex: new RegExp(`(?<![\\d个几多第])${MON}\\s*月(?:份)?\\s*${DAY}\\s*${DAY_SUFFIX}`, 'y'),
    partial: true,
    build: (m) => {
      const mo = num(m[1])
      const d = num(m[2])
      if (mo === null || d === null) return null
      return (previous, today) => point(inferYear(previous, today, mo, d), mo, d)
    },
  },
  // 11月 / 11月份 / 11月底 (Arabic month alone; Chinese months alone are too ambiguous: 一月 may mean "one month")
  {
    regex: /(?<![\d个几多第.])(\d{1,2})\s*月(?:份|底|初|中旬|上旬|下旬|末)?(?![\d日号])/y,
    partial: true,
    build: (m) => {
      const mo = Number(m[1])
      return (previous, today) => point(inferYear(previous, today, mo), mo)
    },
  },
]

/** Day-only or month-day end of a range: 2019年11月5日至8日, 2019年11月至12月7日, 2019年3月至今 */
const RANGE_CONNECTOR = /^\s*(?:起\s*)?(?:至|到|~|-|—|－|–|至于)\s*/
const RANGE_END_DAY = new RegExp(`^${DAY}\\s*${DAY_SUFFIX}`)
const RANGE_END_NOW = /^(今|现在|目前)/
const START_CHARS = new Set('0123456789〇零一二三四五六七八九十廿今本去上前明当同次翌第大昨这下半两')

function atomsOf(text: string, mask: SpanMask): Atom[] {
  const atoms: Atom[] = []
  let i = 0
  while (i < text.length) {
    if (!START_CHARS.has(text[i]) || mask.isTaken(i)) {
      i++
      continue
    }
    let matched = false
    for (const pattern of PATTERNS) {
      pattern.regex.lastIndex = i
      const m = pattern.regex.exec(text)
      if (!m) continue
      const resolve = pattern.build(m)
      if (!resolve) continue
      atoms.push({ start: i, end: i + m[0].length, resolve, partial: pattern.partial ?? false })
      i += m[0].length
      matched = true
      break
    }
    if (!matched) i++
  }
  return atoms
}

function format(p: Point): string {
  return formatPartial(p.y, p.m, p.d)
}

function isRange(r: Point | { range: [Point, Point] }): r is { range: [Point, Point] } {
  return 'range' in r
}

/**
 * Finds dates, partial dates, ranges and relative dates. `today` anchors relative expressions; a date written
 * without a year takes the year of the previous date in the same text.
 */
export function extractDates(text: string, todayIso: string, mask: SpanMask = new SpanMask(text.length)): DateFact[] {
  const today = parseIsoDay(todayIso)
  if (!today) throw new RangeError(`Invalid today: ${todayIso}`)
  const atoms = atomsOf(text, mask)
  const facts: DateFact[] = []
  let previous: Point | null = null
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k]
    const resolved = atom.resolve(previous, today)
    if (!resolved) continue
    let value: string
    let end = atom.end
    if (isRange(resolved)) {
      value = `${format(resolved.range[0])}/${format(resolved.range[1])}`
      previous = resolved.range[1]
    } else {
      previous = resolved
      value = format(resolved)
      const rest = text.slice(end)
      const connector = RANGE_CONNECTOR.exec(rest)
      if (connector) {
        const afterConnector = rest.slice(connector[0].length)
        const next = atoms[k + 1]
        const dayOnly = RANGE_END_DAY.exec(afterConnector)
        if (next && next.start === end + connector[0].length) {
          const endPoint = next.resolve(resolved, today)
          if (endPoint && !isRange(endPoint)) {
            value = `${value}/${format(endPoint)}`
            end = next.end
            previous = endPoint
            k++
          }
        } else if (dayOnly && resolved.m !== undefined) {
          const d = num(dayOnly[1])
          const endPoint = d === null ? null : point(resolved.y, resolved.m, d)
          if (endPoint) {
            value = `${value}/${format(endPoint)}`
            end += connector[0].length + dayOnly[0].length
            previous = endPoint
          }
        } else if (RANGE_END_NOW.test(afterConnector)) {
          value = `${value}/${format(today)}`
          end += connector[0].length + (RANGE_END_NOW.exec(afterConnector)?.[0].length ?? 0)
        }
      }
    }
    const found = findContextLabel(text, atom.start, end, DATE_LABEL_RULES, { before: 14, after: 12, afterGap: /^[^，,。；;]{0,6}$/, crossCommas: false })
    facts.push({
      value,
      text: text.slice(atom.start, end),
      start: atom.start,
      end,
      ...(found ? { label: found.rule.label, labelName: found.rule.name } : {}),
    })
    mask.claim({ start: atom.start, end })
  }
  return facts
}

export type { LabelRule }
