import { formatPartial, parseIsoDay } from './calendar'
import { findContextLabel } from './context-label'
import { DATE_LABEL_RULES } from './date-labels'
import { DAY, DAY_SUFFIX, num, PATTERNS, point, type Point, type Resolved, type Resolver } from './date-patterns'
import { SpanMask } from './normalize'

export interface DateFact {
  /** ISO, partial allowed (2019, 2019-11, 2019-11-05); ranges as start/end. */
  value: string
  text: string
  label?: string
  labelName?: string
  start: number
  end: number
}
interface Atom {
  start: number
  end: number
  /** Resolves the point given the previous point in the text (for year inference) and today. */
  resolve: Resolver
  /** Day-only or month-day atoms may end a range started by another atom. */
  partial: boolean
}
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

function isRange(r: Resolved): r is { range: [Point, Point] } {
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
    const found = findContextLabel(text, atom.start, end, DATE_LABEL_RULES, {
      before: 14,
      after: 12,
      afterGap: /^[^，,。；;]{0,6}$/,
      crossCommas: false,
    })
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
