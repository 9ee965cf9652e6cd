import type { Database, Db, DbTx } from '../../db/database'
import type { SignerRole } from '../../domain/signing/signing-event'
import type { AuthContext } from '../../plugins/app/auth'

export interface CaseParticipants {
  caseNumber: string
  committeeName: string | null
  parties: Array<{ userId: string | null; name: string; role: string }>
}

/** Takes the transaction when called inside one (SQLite has a single connection: outside queries would wait). */
export async function loadParticipants(db: Db | DbTx, caseId: string): Promise<CaseParticipants> {
  const kase = await db
    .selectFrom('cases')
    .leftJoin('organisations', 'organisations.id', 'cases.committee_id')
    .select(['cases.case_number', 'organisations.name as committee_name'])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow()
  const parties = await db
    .selectFrom('case_parties')
    .select(['user_id', 'name', 'role'])
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'asc')
    .execute()
  return {
    caseNumber: kase.case_number,
    committeeName: kase.committee_name,
    parties: parties.map((p) => ({ userId: p.user_id, name: p.name, role: p.role })),
  }
}

/**
 * May this user sign this case's documents in this capacity? A party signs for themself; a mediator must be
 * attached to the case; the seal is applied by an admin of the committee handling the case.
 */
export async function mayActAs(
  database: Database,
  auth: AuthContext,
  caseId: string,
  role: SignerRole,
): Promise<{ allowed: boolean; partyRole: string | null }> {
  if (role === 'party') {
    const party = await database.db
      .selectFrom('case_parties')
      .select('role')
      .where('case_id', '=', caseId)
      .where('user_id', '=', auth.userId)
      .executeTakeFirst()
    return { allowed: !!party, partyRole: party?.role ?? null }
  }
  if (role === 'mediator') {
    if (!auth.roles.includes('mediator')) return { allowed: false, partyRole: null }
    const staff = await database.db
      .selectFrom('case_staff')
      .select('user_id')
      .where('case_id', '=', caseId)
      .where('user_id', '=', auth.userId)
      .where('role', '=', 'mediator')
      .executeTakeFirst()
    return { allowed: !!staff, partyRole: null }
  }
  if (!auth.roles.includes('committee_admin')) return { allowed: false, partyRole: null }
  const admin = await database.db
    .selectFrom('cases')
    .innerJoin('users', 'users.organisation_id', 'cases.committee_id')
    .select('cases.id')
    .where('cases.id', '=', caseId)
    .where('users.id', '=', auth.userId)
    .executeTakeFirst()
  return { allowed: !!admin, partyRole: null }
}
