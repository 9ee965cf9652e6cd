import type { JudicialApplication, ReadinessCheck } from '@contract/judicial'

/**
 * The readiness route reports consent before any confirmation; once an application exists, its parties'
 * confirmations are the truth, so the consent check is restated from them.
 */
export function withConsentFrom(checks: ReadinessCheck[], application: JudicialApplication | null): ReadinessCheck[] {
  if (!application) return checks
  const waiting = application.parties.filter((party) => !party.confirmedAt).map((party) => party.name)
  return checks.map((check) =>
    check.code !== 'BOTH_PARTIES_CONSENT'
      ? check
      : {
          ...check,
          status: waiting.length ? 'pending' : 'pass',
          message: waiting.length ? `等待${waiting.join('、')}确认申请书` : '双方当事人均已确认申请书',
        },
  )
}
