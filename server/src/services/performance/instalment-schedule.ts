import type { AgreementContent } from '@contract/agreements'

export interface ScheduledInstalment {
  termIndex: number
  seq: number
  payerPartyId: string
  payeePartyId: string | null
  description: string
  amountCents: number | null
  dueDate: string
}

/**
 * The performance schedule implied by the agreement's terms: one row per instalment of a payment term, or one
 * row for a term with a single due date (payments and other obligations alike). Terms without any date are
 * not tracked (the drafting checks already flag them as unclear).
 */
export function scheduleFromTerms(content: AgreementContent): ScheduledInstalment[] {
  return content.terms.flatMap((term, termIndex) => {
    const base = {
      termIndex,
      payerPartyId: term.payerPartyId,
      payeePartyId: term.payeePartyId ?? null,
      description: term.description,
    }
    if (term.instalments?.length) {
      return term.instalments.map((i, n) => ({
        ...base,
        seq: n + 1,
        amountCents: Math.round(i.amount * 100),
        dueDate: i.dueDate,
      }))
    }
    if (!term.dueDate) return []
    return [
      {
        ...base,
        seq: 1,
        amountCents: term.amount === undefined ? null : Math.round(term.amount * 100),
        dueDate: term.dueDate,
      },
    ]
  })
}

/** CPL 250: two years, counted from the last day set for performance (a 29 February end falls on 28 February). */
export function enforcementDeadline(lastDueDate: string): string {
  const [y, m, d] = lastDueDate.split('-').map(Number)
  const candidate = new Date(Date.UTC(y + 2, m - 1, d))
  if (candidate.getUTCMonth() !== m - 1) candidate.setUTCDate(0)
  return candidate.toISOString().slice(0, 10)
}
