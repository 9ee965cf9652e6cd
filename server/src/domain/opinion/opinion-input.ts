import type { LegalBasis } from '@contract/calculators'
import type { OpinionCalculationRequest } from '@contract/opinions'

/**
 * An amount the applicant claims that no statutory formula produces (wages owed, a deposit, a refund): shown in
 * the table with its basis; it counts towards the total but is not a calculator result.
 */
export interface ClaimedItem {
  label: string
  amount: number
  /** How the amount was reached, e.g. 按申请人陈述 or 已交费用 × 未上课时 ÷ 购买课时. */
  formula: string
  basis: (LegalBasis & { summary?: string })[]
  /** A debt the conclusion says not to discount (wages owed, loan principal). */
  settleInFull?: boolean
}

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
  /** `stated`: the resident said they hold it but has not uploaded it. */
  evidence: { name: string; submittedBy: string; stated?: boolean }[]
  calculations: OpinionCalculationRequest[]
  /**
   * Calculations derived from the resident's statements: one whose inputs the calculator rejects (an end date
   * before the start …) is left out and listed as a fact to clarify instead of refusing the whole letter.
   */
  derivedCalculations?: boolean
  claimedItems?: ClaimedItem[]
  /** Statements the amounts rest on (标签：值). */
  usedFacts?: string[]
  /** Each assumption the amounts rest on, in words. */
  assumptions?: string[]
  /** Facts still to be clarified before (more) amounts can be established. */
  missingFacts?: string[]
  /** Lower end of the suggested settlement range as a fraction of the statutory total (default 0.8). */
  settlementLowRatio?: number
  /** ISO timestamp of generation. */
  generatedAt: string
}

export const GENERATOR_VERSION = 'tiaojie-opinion 1.0.0'
export const DEFAULT_SETTLEMENT_LOW_RATIO = 0.8
