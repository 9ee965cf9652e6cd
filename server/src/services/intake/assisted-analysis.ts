import { analyzeNarrative, type Analysis } from '../../domain/intake/analyze'
import { missingSlots } from '../../domain/intake/engine/prefill'
import type { TypeAssist } from './type-assist'

/** Below this local confidence (or when nothing fits: `other`) the optional assistant is consulted. */
export const ASSIST_BELOW = 0.5

/**
 * The local analysis, with the dispute type replaced by the assistant's when the local classifier is unsure and
 * the assistant names another type. Facts and risk always come from the local extractors.
 */
export async function analyzeWithAssist(text: string, today: string, assist: TypeAssist | null): Promise<Analysis> {
  const local = analyzeNarrative(text, today)
  if (!assist || (local.confidence >= ASSIST_BELOW && local.disputeType !== 'other')) return local
  const suggested = await assist.suggestType(text)
  if (!suggested || suggested === local.disputeType) return local
  const previous = { disputeType: local.disputeType, confidence: local.confidence }
  return {
    ...local,
    disputeType: suggested,
    confidence: ASSIST_BELOW,
    alternatives: [previous, ...local.alternatives.filter((a) => a.disputeType !== suggested)],
    missing: missingSlots(suggested, local.facts, text),
  }
}
