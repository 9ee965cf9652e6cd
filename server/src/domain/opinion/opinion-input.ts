import type { OpinionCalculationRequest } from '@contract/opinions'

/** The facts of one case as the opinion needs them; the opinions service maps the case record to this. */
export interface OpinionInput {
  caseNumber: string
  caseTitle: string
  disputeTypeLabel: string
  /** Defaults to the applicant(s). */
  addressee?: string
  parties: { role: 'applicant' | 'respondent'; name: string }[]
  /** Each fact with who stated it: the opinion never presents a party's statement as established. */
  facts: { text: string; statedBy: string }[]
  claims: string[]
  evidence: { name: string; submittedBy: string }[]
  calculations: OpinionCalculationRequest[]
  /** Lower end of the suggested settlement range as a fraction of the statutory total (default 0.8). */
  settlementLowRatio?: number
  /** ISO timestamp of generation. */
  generatedAt: string
}

export const GENERATOR_VERSION = 'tiaojie-opinion 1.0.0'
export const DEFAULT_SETTLEMENT_LOW_RATIO = 0.8
