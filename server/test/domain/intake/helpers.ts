import { extractAmounts, type AmountFact } from '../../../src/domain/intake/amounts'
import { extractDates } from '../../../src/domain/intake/dates'
import { extractDurations } from '../../../src/domain/intake/durations'
import { maskIdentifiers } from '../../../src/domain/intake/identifiers'
import { normalizeText, SpanMask } from '../../../src/domain/intake/normalize'

/** Runs the extractors in the analyzer's order (identifiers → dates → durations → amounts) on one text. */
export function pipeline(text: string, today = '2026-01-15') {
  const normalized = normalizeText(text)
  const mask = new SpanMask(normalized.length)
  maskIdentifiers(normalized, mask)
  const dates = extractDates(normalized, today, mask)
  const durations = extractDurations(normalized, mask)
  const amounts = extractAmounts(normalized, mask)
  return { dates, durations, amounts }
}

export const amountsOf = (text: string): AmountFact[] => pipeline(text).amounts
export const valuesOf = (text: string): number[] => amountsOf(text).map((a) => a.value)

/** Deterministic PRNG (mulberry32) so property tests are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
