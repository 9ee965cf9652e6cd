import { CATALOGUE, isDisputeTypeCode } from '../catalogue'
import { createIntake, nextSlot, setDisputeType } from './dialogue'
import type { CaseBinding, IntakeState, PartyValue } from './types'

export interface CaseIntakeInput {
  binding: CaseBinding
  /** The case's dispute type: fixed, the party does not choose it again. */
  disputeType: string
  /** The case's respondent as recorded by the officer or the applicant (name and kind only: no phone). */
  respondent: Pick<PartyValue, 'name' | 'kind'> | null
}

/**
 * An intake that continues an existing case: the type is the case's (no type question, no way back to it) and the
 * respondent is the one on the case, so either side is asked only about the facts.
 */
export function createCaseIntake(narrative: string, today: string, input: CaseIntakeInput): IntakeState {
  let state = createIntake(narrative, today)
  if (isDisputeTypeCode(input.disputeType)) state = setDisputeType(state, input.disputeType)
  else state.typeConfirmed = true
  state.history = []
  const respondentSlot = CATALOGUE[state.disputeType].slots.find((s) => s.key === 'respondent')
  if (respondentSlot && input.respondent) {
    const { name, kind } = input.respondent
    state.slots.respondent = {
      status: 'filled',
      value: { name, kind },
      display: name,
      source: 'narrative',
    }
  }
  state.binding = input.binding
  state.current = nextSlot(state)
  return state
}
