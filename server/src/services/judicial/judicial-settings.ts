import { clampDecisionDays } from '../../domain/judicial/decision-deadline'

export interface JudicialSettings {
  /** Days from filing to the court's decision: default 15, at most 30 (legal-reference §7 item 5, UNVERIFIED). */
  decisionDays: number
}

/**
 * Reads `JUDICIAL_DECISION_DAYS` from the validated configuration when it declares it; until config.ts does,
 * the default applies.
 */
export function judicialSettingsFrom(config: object): JudicialSettings {
  const value = (config as { JUDICIAL_DECISION_DAYS?: unknown }).JUDICIAL_DECISION_DAYS
  return { decisionDays: clampDecisionDays(typeof value === 'number' ? value : undefined) }
}
