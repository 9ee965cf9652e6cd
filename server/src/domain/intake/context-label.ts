import { clauseEnd, clauseStart } from './normalize'

/** A label given to a fact when a keyword sits next to it in the same clause. */
export interface LabelRule {
  label: string
  /** Chinese name shown to the resident. */
  name: string
  pattern: RegExp
}

export interface LabelWindow {
  /** Characters to look back from the fact. */
  before: number
  /** Characters to look ahead after the fact (never past a comma). */
  after: number
  /** What may sit between the fact and a keyword after it (3000元押金, 25320的课时费, 2019年将原告辞退). */
  afterGap: RegExp
  /** Whether the look-back may leave the comma-delimited sub-clause when nothing is found inside it. */
  crossCommas: boolean
}

export interface FoundLabel {
  rule: LabelRule
  /** Distance in characters between the keyword and the fact. */
  distance: number
  side: 'before' | 'after'
}

const SUB_CLAUSE_BREAK = /[，,、：:（(]/

const GLOBAL_PATTERNS = new WeakMap<RegExp, RegExp>()

function globalOf(pattern: RegExp): RegExp {
  let global = GLOBAL_PATTERNS.get(pattern)
  if (!global) {
    global = new RegExp(pattern.source, 'g')
    GLOBAL_PATTERNS.set(pattern, global)
  }
  global.lastIndex = 0
  return global
}

function lastMatchEnd(pattern: RegExp, window: string): number {
  if (window === '') return -1
  const global = globalOf(pattern)
  let end = -1
  // Overlapping matches count: in 一次性伤残补助金 the keyword 伤残补助金 overlaps 一次性伤残.
  for (let m = global.exec(window); m; m = global.exec(window)) {
    end = Math.max(end, m.index + m[0].length)
    global.lastIndex = m.index + 1
  }
  return end
}

function nearestBefore(beforeText: string, rules: readonly LabelRule[]): FoundLabel | null {
  let best: FoundLabel | null = null
  for (const rule of rules) {
    const matchEnd = lastMatchEnd(rule.pattern, beforeText)
    if (matchEnd < 0) continue
    const distance = beforeText.length - matchEnd
    if (!best || distance < best.distance) best = { rule, distance, side: 'before' }
  }
  return best
}

function subClauseStart(text: string, from: number, index: number): number {
  for (let i = index - 1; i >= from; i--) if (SUB_CLAUSE_BREAK.test(text[i])) return i + 1
  return from
}

/**
 * A keyword right after the fact (3000元押金) wins (the first matching rule in rule order), because Chinese puts the head noun last; otherwise the
 * nearest keyword before it in the same sub-clause, then (if allowed) in the same sentence.
 */
export function findContextLabel(
  text: string,
  start: number,
  end: number,
  rules: readonly LabelRule[],
  window: LabelWindow,
): FoundLabel | null {
  const aheadRaw = text.slice(end, Math.min(clauseEnd(text, end), end + window.after))
  const comma = aheadRaw.search(SUB_CLAUSE_BREAK)
  const afterText = comma >= 0 ? aheadRaw.slice(0, comma) : aheadRaw
  let bestAfter: FoundLabel | null = null
  for (const rule of rules) {
    const m = rule.pattern.exec(afterText)
    // Rules are ordered specific-first, so the first rule that fits wins (发生交通事故 → accident, not incident).
    if (m && window.afterGap.test(afterText.slice(0, m.index))) {
      bestAfter = { rule, distance: m.index, side: 'after' }
      break
    }
  }
  if (bestAfter) return bestAfter
  const from = Math.max(clauseStart(text, start), start - window.before)
  const inner = nearestBefore(text.slice(subClauseStart(text, from, start), start), rules)
  if (inner || !window.crossCommas) return inner
  return nearestBefore(text.slice(from, start), rules)
}
