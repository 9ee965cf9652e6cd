import type { CaseDetail, CaseListQuery, CaseStatus, CaseSummary } from '@contract/cases'
import type { Database } from '../../db/database'
import type { CasesTable } from '../../db/schema'
import { parseJson } from '../../lib/json'
import type { AuthContext } from '../../plugins/app/auth'
import type { CaseRelation } from './case-access'

/** Read side of cases for the people involved: "my cases" and a case's detail. */
export class CasesRepo {
  constructor(private readonly database: Database) {}

  /** Cases the user is a party to, works on, or administers (committee admins see their committee's cases). */
  async listFor(auth: AuthContext, query: CaseListQuery): Promise<{ items: CaseSummary[]; total: number }> {
    const db = this.database.db
    const orgId = auth.roles.includes('committee_admin')
      ? ((await db.selectFrom('users').select('organisation_id').where('id', '=', auth.userId).executeTakeFirst())
          ?.organisation_id ?? null)
      : null
    let base = db
      .selectFrom('cases')
      .where((eb) =>
        eb.or([
          eb('cases.id', 'in', eb.selectFrom('case_parties').select('case_id').where('user_id', '=', auth.userId)),
          eb('cases.id', 'in', eb.selectFrom('case_staff').select('case_id').where('user_id', '=', auth.userId)),
          ...(orgId ? [eb('cases.committee_id', '=', orgId)] : []),
        ]),
      )
    if (query.status) base = base.where('cases.status', '=', query.status)
    const { count } = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
    const rows = await base
      .leftJoin('organisations', 'organisations.id', 'cases.committee_id')
      .selectAll('cases')
      .select('organisations.name as committee_name')
      .orderBy('cases.updated_at', 'desc')
      .limit(query.limit ?? 20)
      .offset(query.offset ?? 0)
      .execute()
    const roles = await this.partyRoles(
      auth.userId,
      rows.map((r) => r.id),
    )
    return {
      total: Number(count),
      items: rows.map((row) => this.toSummary(row, row.committee_name, roles.get(row.id) ?? 'staff')),
    }
  }

  async detail(caseId: string, auth: AuthContext, relation: CaseRelation): Promise<CaseDetail | undefined> {
    const row = await this.database.db
      .selectFrom('cases')
      .leftJoin('organisations', 'organisations.id', 'cases.committee_id')
      .selectAll('cases')
      .select('organisations.name as committee_name')
      .where('cases.id', '=', caseId)
      .executeTakeFirst()
    if (!row) return undefined
    const parties = await this.database.db
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at', 'asc')
      .execute()
    const myRole = relation === 'applicant' || relation === 'respondent' ? relation : 'staff'
    return {
      ...this.toSummary(row, row.committee_name, myRole),
      narrative: row.narrative,
      facts: parseJson(row.facts, {}),
      regionCode: row.region_code,
      source: row.source,
      parties: parties.map((p) => ({
        id: p.id,
        role: p.role as 'applicant' | 'respondent',
        name: p.name,
        kind: p.kind as 'person' | 'organisation',
        isMe: p.user_id === auth.userId,
        claimed: p.user_id !== null,
      })),
    }
  }

  private async partyRoles(userId: string, caseIds: string[]): Promise<Map<string, 'applicant' | 'respondent'>> {
    if (caseIds.length === 0) return new Map()
    const rows = await this.database.db
      .selectFrom('case_parties')
      .select(['case_id', 'role'])
      .where('user_id', '=', userId)
      .where('case_id', 'in', caseIds)
      .execute()
    return new Map(rows.map((r) => [r.case_id, r.role as 'applicant' | 'respondent']))
  }

  private toSummary(row: CasesTable, committeeName: string | null, myRole: CaseSummary['myRole']): CaseSummary {
    return {
      id: row.id,
      caseNumber: row.case_number,
      title: row.title,
      disputeType: row.dispute_type,
      status: row.status as CaseStatus,
      myRole,
      committee: row.committee_id && committeeName ? { id: row.committee_id, name: committeeName } : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }
  }
}
