import { addDays, addMonths, compareYmd, isValidDate, isoWeekday, type YMD } from './calendar'
import { parseDigitString, parseSmallNumber } from './numerals'

/**
 * The date expressions residents and officials write, as sticky regexes with a builder each. A builder reads the
 * match and returns a resolver: given the previous date in the text (for year inference) and today, the point.
 */
/** One point in time as written: precision follows what the text says. */
export interface Point {
  y: number
  m?: number
  d?: number
}

export type Resolved = Point | { range: [Point, Point] }
export type Resolver = (previous: Point | null, today: YMD) => Resolved | null

const Y4 = '(\\d{4}|[〇零一二三四五六七八九]{4})'
const MON = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])'
export const DAY = '(\\d{1,2}|[一二]?十[一二三四五六七八九]?|三十[一]?|廿[一二三四五六七八九]?|[一二三四五六七八九])'
export const DAY_SUFFIX = '(?:日|号)'
const CN_NUM = '(\\d+|[一二两三四五六七八九十半]+)'

export const num = (s: string) => parseSmallNumber(s)
const year4 = (s: string) => parseDigitString(s)

/** Year inference for a date written without one: the previous date's year, else the latest one not after today. */
function inferYear(previous: Point | null, today: YMD, m: number, d?: number): number {
  if (previous) return previous.y
  const candidate = { y: today.y, m, d: d ?? 1 }
  return compareYmd(candidate, today) > 0 ? today.y - 1 : today.y
}

export function point(y: number, m?: number, d?: number): Point | null {
  if (m === undefined) return y >= 1900 && y <= 2200 ? { y } : null
  return isValidDate(y, m, d) ? { y, m, d } : null
}

function relativeYear(word: string): number {
  return (
    { 今年: 0, 本年: 0, 当年: 0, 同年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1, 次年: 1, 翌年: 1, 第二年: 1 }[word] ??
    0
  )
}

type Builder = (m: RegExpExecArray) => Resolver | null

export interface Pattern {
  regex: RegExp
  build: Builder
  partial?: boolean
}

const ymdFrom = (p: Point | null): YMD | null => (p && p.m !== undefined && p.d !== undefined ? (p as YMD) : null)

export const PATTERNS: Pattern[] = [
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
      // 今年78岁 is an age, not a date.
      `(今年|本年|去年|上年|前年|明年|当年|同年|次年|翌年|第二年)(?:(底|末|初)|\\s*${MON}\\s*月(?:份)?(?:\\s*${DAY}\\s*${DAY_SUFFIX})?)?(?![\\d一二三四五六七八九十几]+多?(?:周)?岁)`,
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
    regex: new RegExp(
      `(上个?月|本月|这个?月|当月|同月|下个?月)(?:\\s*${DAY}\\s*${DAY_SUFFIX}|(?!的?(?:工资|房租|租金|费用|水电)))`,
      'y',
    ),
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
