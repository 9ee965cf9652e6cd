import type { Database, DbTx } from '../../db/database'
import { notFound } from '../../lib/app-error'

type Db = Database['db'] | DbTx

export interface CaseRow {
  id: string
  case_number: string
  title: string
  dispute_type: string
  status: string
  narrative: string
  region_code: string | null
  committee_id: string | null
  source: string
  created_at: string
}

export async function loadCase(db: Db, caseId: string): Promise<CaseRow> {
  const row = await db
    .selectFrom('cases')
    .select([
      'id',
      'case_number',
      'title',
      'dispute_type',
      'status',
      'narrative',
      'region_code',
      'committee_id',
      'source',
      'created_at',
    ])
    .where('id', '=', caseId)
    .executeTakeFirst()
  if (!row) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
  return row
}

/** The staff role the user holds on the case (mediator, police, court_clerk), if any. */
export async function staffRoleOn(db: Db, caseId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('case_staff')
    .select('role')
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return row?.role ?? null
}

/** The accounts holding a staff role on the case (its mediators, or the court clerk who filed it). */
export async function caseStaffIds(db: Db, caseId: string, role: 'mediator' | 'court_clerk'): Promise<string[]> {
  const rows = await db
    .selectFrom('case_staff')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('role', '=', role)
    .execute()
  return rows.map((r) => r.user_id)
}

/** Accounts that have claimed a side of the case. */
export async function partyUserIds(db: Db, caseId: string): Promise<{ role: string; userId: string }[]> {
  const rows = await db
    .selectFrom('case_parties')
    .select(['role', 'user_id'])
    .where('case_id', '=', caseId)
    .where('user_id', 'is not', null)
    .execute()
  return rows.map((r) => ({ role: r.role, userId: r.user_id! }))
}

export async function referringOfficer(db: Db, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('referrals')
    .select('officer_user_id')
    .where('case_id', '=', caseId)
    .executeTakeFirst()
  return row?.officer_user_id ?? null
}

export async function committeeAdminIds(db: Db, committeeId: string | null): Promise<string[]> {
  if (!committeeId) return []
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.organisation_id', '=', committeeId)
    .where('user_roles.role', '=', 'committee_admin')
    .where('users.active', '=', 1)
    .execute()
  return rows.map((r) => r.id)
}

/** The organisation of a staff account (committee of an admin or mediator, station of an officer). */
export async function organisationOf(db: Db, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('organisation_id').where('id', '=', userId).executeTakeFirst()
  return row?.organisation_id ?? null
}

/** Creates the case's progress row on first use; later writes update it. */
export async function ensureProgress(tx: DbTx, caseId: string, now: Date): Promise<void> {
  await tx
    .insertInto('case_progress')
    .values({
      case_id: caseId,
      accepted_at: null,
      accepted_by: null,
      deadline_days: null,
      deadline_at: null,
      deadline_basis: null,
      respondent_answer: null,
      respondent_reason: null,
      respondent_answered_at: null,
      outcome: null,
      outcome_at: null,
      updated_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .execute()
}

/** A region and its ancestors, nearest first (read through the caller's transaction). */
export async function regionLineage(db: Db, code: string): Promise<string[]> {
  const chain: string[] = []
  for (let current: string | null = code; current && chain.length < 10; ) {
    chain.push(current)
    const row: { parent_code: string | null } | undefined = await db
      .selectFrom('regions')
      .select('parent_code')
      .where('code', '=', current)
      .executeTakeFirst()
    current = row?.parent_code ?? null
  }
  return chain
}

/** When the current committee received the case: its latest transfer to that committee, else filing. */
export async function receivedAt(db: Db, kase: CaseRow): Promise<Date> {
  const transfer = await db
    .selectFrom('case_transfers')
    .select('created_at')
    .where('case_id', '=', kase.id)
    .where('to_committee_id', '=', kase.committee_id)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  return new Date(transfer?.created_at ?? kase.created_at)
}
