import type { SlotChoice } from '../catalogue'

/** A negator right before a keyword turns it around: 没报警 is not 报警, 没离职 is not 离职. */
const NEGATED_BEFORE = /(?:不|没|没有|未|别|并非)$/
const STARTS_NEGATIVE = /^(?:不|没|未|别|否)/

function bestMatchLength(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  let best = 0
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) {
      global.lastIndex++
      continue
    }
    const negated = !STARTS_NEGATIVE.test(m[0]) && NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))
    if (!negated) best = Math.max(best, m[0].length)
    global.lastIndex = m.index + 1
  }
  return best
}

/**
 * The choice a free-text answer means: the label or value typed as is, else the option whose synonym matches the
 * most words, ignoring keywords that are negated (我已经不在那干了 → 不干了, 没报警 → 没报警). Ties keep catalogue order.
 */
export function matchChoice(choices: readonly SlotChoice[], text: string): SlotChoice | undefined {
  const exact = choices.find((c) => c.label === text || c.value === text)
  if (exact) return exact
  let best: SlotChoice | undefined
  let bestLength = 0
  for (const choice of choices) {
    const length = choice.synonyms ? bestMatchLength(choice.synonyms, text) : 0
    if (length > bestLength) {
      best = choice
      bestLength = length
    }
  }
  return best
}
