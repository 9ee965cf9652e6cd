import type { IntakeSession, SlotStateView } from '@contract/intake'
import { CATALOGUE } from '../../domain/intake/catalogue'
import { currentQuestion, missing, progress } from '../../domain/intake/engine/dialogue'
import { slotApplies } from '../../domain/intake/engine/prefill'
import { forRespondent } from '../../domain/intake/engine/respondent-wording'
import { checkLimitations } from '../../domain/intake/limitation'
import type { IntakeState } from '../../domain/intake/engine/types'
import type { IntakeSessionRow } from './intake-sessions-repo'

/**
 * The API view of a session: next question, the summary card (every applicable slot), what is missing, and the
 * limitation periods as of `today` (the real date, not the date the story was told).
 */
export function toSessionView(
  row: IntakeSessionRow,
  state: IntakeState,
  today: string,
  previous?: IntakeState['slots'][string],
): IntakeSession {
  const def = CATALOGUE[state.disputeType]
  const facts: SlotStateView[] = def.slots
    .filter((slot) => slotApplies(slot, state.slots))
    .map((slot) => {
      const s = state.slots[slot.key]
      return {
        key: slot.key,
        label: slot.label,
        kind: slot.kind,
        required: slot.required,
        status: s?.status ?? 'open',
        ...(s?.value !== undefined ? { value: s.value } : {}),
        ...(s?.display !== undefined ? { display: s.display } : {}),
        ...(s?.text !== undefined ? { text: s.text } : {}),
        ...(s?.approximate !== undefined ? { approximate: s.approximate } : {}),
        ...(s ? { source: s.source } : {}),
      }
    })
  const asked = currentQuestion(state)
  const question = asked && state.binding?.role === 'respondent' ? forRespondent(asked) : asked
  const open = row.status === 'open'
  return {
    id: row.id,
    status: row.status as IntakeSession['status'],
    disputeType: state.disputeType,
    disputeTypeName: def.name,
    typeConfirmed: state.typeConfirmed,
    candidates: state.candidates,
    catalogueVersion: state.catalogueVersion,
    narrative: state.narrative,
    question:
      question && open
        ? { ...question, ...(previous ? { previous: { value: previous.value, display: previous.display } } : {}) }
        : null,
    progress: progress(state),
    facts,
    missing: missing(state),
    canSubmit: open && state.current === null && state.typeConfirmed,
    risk: state.risk,
    materials: [...def.materials],
    limitations: checkLimitations(state.disputeType, state.slots, today),
    caseId: row.case_id,
    binding: state.binding ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
