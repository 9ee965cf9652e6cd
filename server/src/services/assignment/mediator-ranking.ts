import type { MediatorCandidate } from '@contract/assignment'
import type { Database, DbTx } from '../../db/database'
import { CATALOGUE } from '../../domain/intake/catalogue'
import type { DisputeTypeCode } from '../../domain/intake/catalogue/types'
import { parseJson } from '../../lib/json'

type Db = Database['db'] | DbTx

export interface MediatorProfile {
  userId: string
  name: string
  specialities: string[]
  areas: string[]
  activeCases: number
}

/** Case statuses that still occupy a mediator. */
export const ACTIVE_STATUSES = ['pending_acceptance', 'accepted', 'in_mediation']

/** The specialities that fit a dispute type (catalogue `competent.specialities`, e.g. wage_arrears → labour). */
export function specialitiesFor(disputeType: string): readonly string[] {
  return CATALOGUE[disputeType as DisputeTypeCode]?.competent.specialities ?? []
}

/**
 * Best mediator first: one a party asked for (PML 19), then speciality for the dispute type, then serving the
 * case's area, then the fewest active cases; ties by name then id so the choice is repeatable.
 */
export function rankMediators(
  profiles: readonly MediatorProfile[],
  need: { specialities: readonly string[]; lineage: readonly string[]; requested: readonly string[] },
): MediatorCandidate[] {
  const candidates = profiles.map((p) => ({
    userId: p.userId,
    name: p.name,
    specialities: p.specialities,
    specialityMatch: need.specialities.length === 0 || p.specialities.some((s) => need.specialities.includes(s)),
    areaMatch: p.areas.some((a) => need.lineage.includes(a)),
    activeCases: p.activeCases,
    requestedByParty: need.requested.includes(p.userId),
  }))
  const flag = (b: boolean) => (b ? 0 : 1)
  return candidates.sort(
    (a, b) =>
      flag(a.requestedByParty) - flag(b.requestedByParty) ||
      flag(a.specialityMatch) - flag(b.specialityMatch) ||
      flag(a.areaMatch) - flag(b.areaMatch) ||
      a.activeCases - b.activeCases ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      (a.userId < b.userId ? -1 : 1),
  )
}

/** Active mediators of a committee with their areas and current load. */
export async function committeeMediators(db: Db, committeeId: string): Promise<MediatorProfile[]> {
  const users = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.real_name', 'users.specialities'])
    .where('users.organisation_id', '=', committeeId)
    .where('user_roles.role', '=', 'mediator')
    .where('users.active', '=', 1)
    .execute()
  if (users.length === 0) return []
  const ids = users.map((u) => u.id)
  const areas = await db.selectFrom('mediator_areas').selectAll().where('user_id', 'in', ids).execute()
  const loads = await db
    .selectFrom('case_staff')
    .innerJoin('cases', 'cases.id', 'case_staff.case_id')
    .select(['case_staff.user_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('case_staff.role', '=', 'mediator')
    .where('case_staff.user_id', 'in', ids)
    .where('cases.status', 'in', ACTIVE_STATUSES)
    .groupBy('case_staff.user_id')
    .execute()
  return users.map((u) => ({
    userId: u.id,
    name: u.real_name ?? u.display_name,
    specialities: parseJson<string[]>(u.specialities, []),
    areas: areas.filter((a) => a.user_id === u.id).map((a) => a.region_code),
    activeCases: Number(loads.find((l) => l.user_id === u.id)?.n ?? 0),
  }))
}
