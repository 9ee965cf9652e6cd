import type { ExtractedFacts } from '../analyze'
import { CATALOGUE, type DisputeTypeCode, type SlotDefinition } from '../catalogue'
import type { SlotState } from './types'
import { choiceLabel, displayDate, displayDuration, moneyState } from './values'

type Facts = Pick<ExtractedFacts, 'amounts' | 'dates' | 'durations' | 'parties' | 'location'>

function firstDateSlotKey(slots: readonly SlotDefinition[]): string | undefined {
  return slots.find((s) => s.kind === 'date' && s.required)?.key
}

function firstMoneySlotKey(slots: readonly SlotDefinition[]): string | undefined {
  return slots.find((s) => s.kind === 'money' && s.required)?.key
}

/** The value a slot can take from facts found in free text, or null when the text does not say. */
/**
 * `isPrimary`: the type's first required date (or money) slot may take an unlabelled date (or amount) when the
 * text has nothing better — 他欠我5000元 has one amount and it is the one the dispute is about.
 */
export function fillSlot(
  slot: SlotDefinition,
  facts: Facts,
  text: string,
  isPrimary: boolean,
  today?: string,
): SlotState | null {
  const fill = slot.fill ?? {}
  switch (slot.kind) {
    case 'money': {
      let amount = facts.amounts.find((a) => a.label && fill.amountLabels?.includes(a.label))
      if (!amount && isPrimary) {
        const unlabelled = facts.amounts.filter((a) => !a.label && !a.rate)
        if (unlabelled.length === 1) amount = unlabelled[0]
      }
      return amount ? moneyState(amount, 'narrative') : null
    }
    case 'date': {
      let date = facts.dates.find((d) => d.label && fill.dateLabels?.includes(d.label) && !d.value.includes('/'))
      if (!date && isPrimary) date = facts.dates.find((d) => !d.label && !d.value.includes('/'))
      return date
        ? {
            status: 'filled',
            value: date.value,
            display: displayDate(date.value),
            text: date.text,
            source: 'narrative',
          }
        : null
    }
    case 'date_range': {
      const range = facts.dates.find((d) => d.value.includes('/'))
      if (range)
        return {
          status: 'filled',
          value: range.value,
          display: displayDate(range.value),
          text: range.text,
          source: 'narrative',
        }
      // 6月以后就没再给过: a period that started then and is still running.
      const since = today && facts.dates.find((d) => d.label && fill.dateLabels?.includes(d.label))
      if (since) {
        const value = `${since.value}/${today}`
        return { status: 'filled', value, display: displayDate(value), text: since.text, source: 'narrative' }
      }
      const duration = facts.durations.find((d) => d.label && fill.durationLabels?.includes(d.label))
      return duration
        ? {
            status: 'filled',
            value: duration.value,
            display: displayDuration(duration.value),
            text: duration.text,
            source: 'narrative',
          }
        : null
    }
    case 'duration': {
      const duration = facts.durations.find((d) => d.label && fill.durationLabels?.includes(d.label))
      return duration
        ? {
            status: 'filled',
            value: duration.value,
            display: displayDuration(duration.value),
            text: duration.text,
            source: 'narrative',
          }
        : null
    }
    case 'party': {
      if (!fill.partySides) return null
      const party =
        facts.parties.find((p) => p.side && fill.partySides?.includes(p.side)) ??
        (fill.partySides.includes('respondent')
          ? facts.parties.find((p) => p.name !== '我' && p.side !== 'applicant')
          : undefined)
      return party
        ? {
            status: 'filled',
            value: { name: party.name, kind: party.kind },
            display: party.name,
            text: party.name,
            source: 'narrative',
          }
        : null
    }
    case 'choice': {
      const hit = fill.choicePatterns?.find(([pattern]) => pattern.test(text))
      return hit
        ? {
            status: 'filled',
            value: hit[1],
            display: choiceLabel(slot, hit[1]),
            text: hit[0].exec(text)?.[0],
            source: 'narrative',
          }
        : null
    }
    case 'text':
      if (
        slot.key === 'location' &&
        facts.location &&
        (facts.location.district || facts.location.street || facts.location.community)
      ) {
        return {
          status: 'filled',
          value: facts.location.text,
          display: facts.location.text,
          text: facts.location.text,
          source: 'narrative',
        }
      }
      return null
    default:
      return null
  }
}

/**
 * Fills every empty slot of the type that the facts answer. Existing answers are never overwritten. `today` ends
 * periods that are still running (拖欠从6月起).
 */
export function prefillSlots(
  type: DisputeTypeCode,
  facts: Facts,
  text: string,
  existing: Record<string, SlotState> = {},
  today?: string,
): Record<string, SlotState> {
  const slots = CATALOGUE[type].slots
  const primaryDate = firstDateSlotKey(slots)
  const primaryMoney = firstMoneySlotKey(slots)
  const out: Record<string, SlotState> = { ...existing }
  for (const slot of slots) {
    if (out[slot.key]) continue
    const state = fillSlot(slot, facts, text, slot.key === primaryDate || slot.key === primaryMoney, today)
    if (state) out[slot.key] = state
  }
  return out
}

/** Whether a follow-up applies, given the answers so far. */
export function slotApplies(slot: SlotDefinition, filled: Record<string, SlotState>): boolean {
  if (!slot.askIf) return true
  const parent = filled[slot.askIf.slot]
  if (!parent || parent.status !== 'filled' || typeof parent.value !== 'string') return false
  const wanted = slot.askIf.equals
  return typeof wanted === 'string' ? parent.value === wanted : wanted.includes(parent.value)
}

/** Required slots the narrative (and answers) leave open, in question order. */
export function missingSlots(
  type: DisputeTypeCode,
  facts: Facts,
  text: string,
  existing?: Record<string, SlotState>,
): string[] {
  const filled = prefillSlots(type, facts, text, existing)
  return CATALOGUE[type].slots
    .filter((s) => s.required && slotApplies(s, filled) && filled[s.key]?.status !== 'filled')
    .map((s) => s.key)
}
