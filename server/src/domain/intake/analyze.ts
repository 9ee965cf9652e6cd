import { extractAmounts, type AmountFact } from './amounts'
import { classify, type TypeScore } from './classify'
import { extractDates, type DateFact } from './dates'
import { extractDurations, type DurationFact } from './durations'
import { maskIdentifiers } from './identifiers'
import { extractLocation, type LocationFact } from './locations'
import { normalizeText, SpanMask } from './normalize'
import { extractParties, narratorParty, type PartyFact } from './parties'
import { assessRisk, type RiskAssessment } from './risk'
import type { DisputeTypeCode } from './catalogue'
import { missingSlots } from './engine/prefill'

export const MAX_NARRATIVE_LENGTH = 5000

type Public<T> = Omit<T, 'start' | 'end'>

export interface ExtractedFacts {
  amounts: Public<AmountFact>[]
  dates: Public<DateFact>[]
  durations: Public<DurationFact>[]
  parties: Public<PartyFact>[]
  location: LocationFact | null
}

export interface Analysis {
  disputeType: DisputeTypeCode
  confidence: number
  alternatives: TypeScore[]
  facts: ExtractedFacts
  missing: string[]
  risk: RiskAssessment
}

function strip<T extends { start: number; end: number; text?: string }>(fact: T, original: string): Public<T> {
  const { start, end, ...rest } = fact
  // Normalisation is one-to-one per UTF-16 unit, so the original wording can be quoted exactly.
  return ('text' in fact ? { ...rest, text: original.slice(start, end).trim() } : rest) as Public<T>
}

/** Extracts facts only (no classification): used by the dialogue engine on each answer. */
export function extractFacts(text: string, today: string): ExtractedFacts {
  return factsFromNormalized(normalizeText(text), text, today)
}

function factsFromNormalized(normalized: string, text: string, today: string): ExtractedFacts {
  const mask = new SpanMask(normalized.length)
  maskIdentifiers(normalized, mask)
  const dates = extractDates(normalized, today, mask)
  const durations = extractDurations(normalized, mask)
  const amounts = extractAmounts(normalized, mask)
  const parties = extractParties(normalized)
  const narrator = narratorParty(normalized)
  const allParties =
    narrator && !parties.some((p) => p.side === 'applicant' && p.kind === 'person') ? [narrator, ...parties] : parties
  return {
    amounts: amounts.map((a) => strip(a, text)),
    dates: dates.map((d) => strip(d, text)),
    durations: durations.map((d) => strip(d, text)),
    parties: allParties.map(({ start: _start, end: _end, ...rest }) => rest),
    location: extractLocation(normalized),
  }
}

/** Understands a resident's narrative: type, facts, what is still missing and any risk (no network needed). */
export function analyzeNarrative(text: string, today: string): Analysis {
  if (text.length > MAX_NARRATIVE_LENGTH) throw new RangeError('Narrative too long')
  const normalized = normalizeText(text)
  const facts = factsFromNormalized(normalized, text, today)
  const classification = classify(normalized)
  return {
    disputeType: classification.disputeType,
    confidence: classification.confidence,
    alternatives: classification.alternatives,
    facts,
    missing: missingSlots(classification.disputeType, facts, text),
    risk: assessRisk(text),
  }
}
