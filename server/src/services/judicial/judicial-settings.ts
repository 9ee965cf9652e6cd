import type { Config } from '../../config'
import { clampDecisionDays } from '../../domain/judicial/decision-deadline'

export interface JudicialSettings {
  /** Days from filing to the court's decision: default 15, at most 30 (legal-reference §7 item 5, UNVERIFIED). */
  decisionDays: number
}

/** `JUDICIAL_DECISION_DAYS` from the validated configuration (1–30, default 15). */
export function judicialSettingsFrom(config: Pick<Config, 'JUDICIAL_DECISION_DAYS'>): JudicialSettings {
  return { decisionDays: clampDecisionDays(config.JUDICIAL_DECISION_DAYS) }
}
