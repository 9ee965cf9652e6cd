import type { FailureRoutes } from '@contract/mediation-record'
import type { CaseOutcome } from '@contract/referrals'
import type { Database, Db } from '../../db/database'
import { chinaDate } from '../../domain/judicial/china-dates'
import {
  FAILURE_ROUTES_DISCLAIMER,
  failureRoutes,
  type FailureRoutesResult,
} from '../../domain/mediation-record/failure-routes'
import { PARTY_ROLE_NAMES } from '../../domain/mediation-record/record-labels'
import { parseJson } from '../../lib/json'
import type { AuthContext } from '../../plugins/app/auth'
import { loadCase, receivedAt } from '../assignment/case-people'
import { disputeTypeName } from './load-sources'
import { recordReader } from './record-access'

type PartyRole = 'applicant' | 'respondent'

/** The routes left to each party of a case (PML 26), from the pure rules and what the case records. */
export async function caseFailureRoutes(
  db: Db,
  caseId: string,
  now: Date,
  override?: { outcome: CaseOutcome; reason: string },
): Promise<{ view: FailureRoutes; result: FailureRoutesResult }> {
  const kase = await loadCase(db, caseId)
  const extra = await db
    .selectFrom('cases')
    .leftJoin('case_progress', 'case_progress.case_id', 'cases.id')
    .select(['cases.facts', 'case_progress.outcome'])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow()
  const termination = await db
    .selectFrom('case_terminations')
    .select(['outcome', 'reason'])
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  const outcome = override?.outcome ?? (extra.outcome as CaseOutcome | null) ?? null
  const reason = override?.reason ?? termination?.reason ?? null
  const slots = parseJson<{ slots?: Record<string, { status?: string; value?: unknown }> }>(extra.facts, {}).slots
  const stillEmployed = slots?.still_employed?.status === 'filled' ? slots.still_employed.value : undefined
  const result = failureRoutes({
    disputeType: kase.dispute_type,
    source: kase.source,
    appliedOn: chinaDate(await receivedAt(db, kase)),
    today: chinaDate(now),
    employmentOngoing: stillEmployed === 'yes' ? true : stillEmployed === 'no' ? false : null,
    partialAgreement: outcome === 'partial',
  })
  const parties = await db
    .selectFrom('case_parties')
    .select(['id', 'role', 'name'])
    .where('case_id', '=', caseId)
    .orderBy('role')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const ended = outcome === 'failed' || outcome === 'partial'
  return {
    result,
    view: {
      caseId,
      disputeType: kase.dispute_type,
      disputeTypeName: disputeTypeName(kase.dispute_type),
      applies: ended || result.labourFifteenDay?.passed === true,
      outcome,
      reason,
      notes: result.notes,
      parties: parties.map((p) => ({
        partyId: p.id,
        role: p.role as PartyRole,
        name: p.name,
        routes: result.routes[p.role as PartyRole] ?? [],
      })),
      disclaimer: FAILURE_ROUTES_DISCLAIMER,
    },
  }
}

export const partyRoleName = (role: string) => PARTY_ROLE_NAMES[role as PartyRole] ?? '当事人'

/** What a reader of the case sees: parties, the case's mediators and the committee admins. */
export async function failureRoutesFor(
  database: Database,
  auth: AuthContext,
  caseId: string,
  now: Date,
): Promise<FailureRoutes> {
  await recordReader(database, auth, caseId)
  return (await caseFailureRoutes(database.db, caseId, now)).view
}
