import type { CommitteeLevel, Speciality } from '@contract/organisations'

export const DISPUTE_TYPE_CODES = [
  'wage_arrears',
  'work_injury',
  'labor_termination',
  'house_rental',
  'education_refund',
  'property_delivery',
  'medical',
  'neighbor',
  'land_contract',
  'land_expropriation',
  'traffic_accident',
  'personal_injury',
  'private_loan',
  'consumer',
  'property_management',
  'marriage_family',
  'other',
] as const
export type DisputeTypeCode = (typeof DISPUTE_TYPE_CODES)[number]

export type SlotKind = 'date' | 'date_range' | 'money' | 'duration' | 'party' | 'choice' | 'text' | 'evidence'

export interface SlotChoice {
  value: string
  label: string
  /** Free-text answers that mean this choice (是的, 签了 …). */
  synonyms?: RegExp
}

/** Ask a follow-up only when an earlier answer says it matters. */
export interface SlotCondition {
  slot: string
  equals: string | readonly string[]
}

/** Where a slot's value can come from in the resident's own narrative. */
export interface SlotFill {
  amountLabels?: readonly string[]
  dateLabels?: readonly string[]
  durationLabels?: readonly string[]
  partySides?: readonly ('applicant' | 'respondent')[]
  /** Choice value set when a pattern appears in the narrative. */
  choicePatterns?: ReadonlyArray<[RegExp, string]>
}

export interface SlotDefinition {
  key: string
  kind: SlotKind
  label: string
  question: string
  hint?: string
  required: boolean
  choices?: readonly SlotChoice[]
  askIf?: SlotCondition
  fill?: SlotFill
  /** Words in a correction (工资不对，是3万) that point at this slot. */
  aliases?: RegExp
}

export interface LegalBasis {
  law: string
  article: string
  summary: string
}

export interface LimitationRule {
  /** Months; null when the period must be checked case by case. */
  months: number | null
  /** Date slots the period runs from, first filled one wins; empty when it cannot be computed. */
  fromSlots: readonly string[]
  label: string
  basis: string
  note: string
}

/** Weighted classification feature: a keyword or a pattern, counted once per narrative. */
export type Feature = readonly [string | RegExp, number]

export interface DisputeTypeDefinition {
  code: DisputeTypeCode
  name: string
  /** Bumped whenever slots or questions change; stored with each intake session. */
  version: string
  summary: string
  features: readonly Feature[]
  slots: readonly SlotDefinition[]
  materials: readonly string[]
  legalBasis: readonly LegalBasis[]
  limitations: readonly LimitationRule[]
  competent: { levels: readonly CommitteeLevel[]; specialities: readonly Speciality[] }
  judicialConfirmation: { possible: boolean; note: string }
  /** Set when the shared legal reference does not cover this type: shown so staff verify before relying on it. */
  referenceGap?: string
}
