import { CATALOGUE, DISPUTE_TYPE_CODES, type DisputeTypeCode, type Feature } from './catalogue'

export interface TypeScore {
  disputeType: DisputeTypeCode
  confidence: number
}

export interface Classification extends TypeScore {
  alternatives: TypeScore[]
  /** Raw weighted scores, for tests and tuning. */
  scores: Partial<Record<DisputeTypeCode, number>>
}

/** Below this raw score nothing fits well enough and the type is `other`. */
const MIN_SCORE = 3
/** Scale of the saturation curve: a score of 2×SATURATION is already strong evidence. */
const SATURATION = 4
const MAX_ALTERNATIVES = 3

interface CompiledFeature {
  test: (text: string) => number
  weight: number
}

function occurrences(text: string, word: string): number {
  let count = 0
  for (let i = text.indexOf(word); i >= 0 && count < 3; i = text.indexOf(word, i + word.length)) count++
  return count
}

function compile(feature: Feature): CompiledFeature {
  const [matcher, weight] = feature
  if (typeof matcher === 'string') return { weight, test: (text) => occurrences(text, matcher) }
  const global = new RegExp(matcher.source, 'g')
  return {
    weight,
    test: (text) => {
      global.lastIndex = 0
      let count = 0
      while (count < 3 && global.exec(text)) count++
      return count
    },
  }
}

const COMPILED: Array<[DisputeTypeCode, CompiledFeature[]]> = DISPUTE_TYPE_CODES.filter((c) => c !== 'other').map(
  (code) => [code, CATALOGUE[code].features.map(compile)],
)

/** A repeated keyword adds a little: the third mention of 押金 is less news than the first. */
const REPEAT_FACTOR = [0, 1, 1.3, 1.5]

/**
 * Weighted keyword features from each catalogue module. Confidence combines how dominant the best type is
 * (its share of all evidence) with how much evidence there is (a saturating curve), so one weak keyword in a
 * short message never reads as certain.
 */
export function classify(text: string): Classification {
  const scores: Partial<Record<DisputeTypeCode, number>> = {}
  for (const [code, features] of COMPILED) {
    let score = 0
    for (const feature of features) {
      const n = feature.test(text)
      if (n > 0) score += feature.weight * REPEAT_FACTOR[n]
    }
    if (score > 0) scores[code] = Math.round(score * 100) / 100
  }
  const ranked = (Object.entries(scores) as Array<[DisputeTypeCode, number]>).sort((a, b) => b[1] - a[1])
  const total = ranked.reduce((sum, [, s]) => sum + s, 0)
  const toConfidence = (score: number) => {
    const share = score / (total + 0.5)
    const strength = 1 - Math.exp(-score / SATURATION)
    return Math.round(share * strength * 100) / 100
  }
  if (ranked.length === 0 || ranked[0][1] < MIN_SCORE) {
    const alternatives = ranked
      .slice(0, MAX_ALTERNATIVES)
      .map(([disputeType, s]) => ({ disputeType, confidence: toConfidence(s) }))
    return { disputeType: 'other', confidence: ranked.length === 0 ? 0.5 : 0.3, alternatives, scores }
  }
  const [bestType, bestScore] = ranked[0]
  const alternatives = ranked
    .slice(1)
    .map(([disputeType, s]) => ({ disputeType, confidence: toConfidence(s) }))
    .filter((a) => a.confidence >= 0.02)
    .slice(0, MAX_ALTERNATIVES)
  return { disputeType: bestType, confidence: toConfidence(bestScore), alternatives, scores }
}
