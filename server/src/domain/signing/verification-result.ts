/** Why a chain, sealed PDF or bundle item failed: a stable code, a Chinese reason, and where. */
export interface VerificationProblem {
  code: string
  reason: string
  /** Index of the signing event concerned (0-based), when the problem is in one event. */
  eventIndex: number | null
  expected: string | null
  actual: string | null
}

export const problem = (
  code: string,
  reason: string,
  at: { eventIndex?: number | null; expected?: string | null; actual?: string | null } = {},
): VerificationProblem => ({
  code,
  reason,
  eventIndex: at.eventIndex ?? null,
  expected: at.expected ?? null,
  actual: at.actual ?? null,
})
