import type { DisputeTypeCode, SlotKind } from '../catalogue'
import type { RiskAssessment } from '../risk'
import type { TypeScore } from '../classify'

export interface PartyValue {
  name: string
  kind: 'person' | 'organisation'
  /** Mainland mobile (11 digits), so the other side can be invited. */
  phone?: string
}

export type SlotValue = number | string | string[] | PartyValue

export type SlotStatus = 'filled' | 'skipped' | 'unknown'

export interface SlotState {
  status: SlotStatus
  value?: SlotValue
  /** Human-readable value for the summary card (3.5万元 → 35000元). */
  display?: string
  /** The words the value came from. */
  text?: string
  approximate?: boolean
  source: 'narrative' | 'answer' | 'correction' | 'edit'
}

/** The pseudo-slot asking the resident to confirm or pick the dispute type. */
export const TYPE_SLOT = 'dispute_type'

export interface IntakeState {
  catalogueVersion: string
  typeVersion: string
  disputeType: DisputeTypeCode
  typeConfirmed: boolean
  candidates: TypeScore[]
  narrative: string
  today: string
  slots: Record<string, SlotState>
  /** Slot keys in the order the resident answered them: back and corrections walk it. */
  history: string[]
  current: string | null
  risk: RiskAssessment
  /** Set when the conversation continues an existing case as one of its parties (police referral, invitation). */
  binding?: CaseBinding
}

export interface CaseBinding {
  caseId: string
  role: 'applicant' | 'respondent'
}

export interface QuestionChoice {
  value: string
  label: string
}

export interface Question {
  slot: string
  kind: SlotKind | 'dispute_type'
  label: string
  text: string
  hint?: string
  required: boolean
  choices?: QuestionChoice[]
  /** The earlier answer when the resident went back to this question. */
  previous?: SlotState
}

export interface Progress {
  answered: number
  total: number
}

/** What a resident sends: free text, or a structured value for the current (or a named) question. */
export interface AnswerInput {
  text?: string
  value?: SlotValue
  /** Answer a specific slot (editing from the summary card) instead of the current question. */
  slot?: string
}
