import type { AgreementClause, AgreementContent, AgreementFlag } from '@contract/agreements'
import type { Db, DbTx } from '../../db/database'
import { newId } from '../../lib/ids'
import { parseJson } from '../../lib/json'
import type { AgreementCaseInfo, AgreementParty } from '../../domain/agreement/render-agreement'

export interface CaseForAgreement extends AgreementCaseInfo {
  caseId: string
  narrative: string
  facts: Record<string, unknown>
  parties: Array<AgreementParty & { userId: string | null }>
}

export interface StoredAgreementVersion {
  documentRowId: string
  documentId: string
  caseId: string
  version: number
  title: string
  body: string
  sha256: string
  content: AgreementContent
  clauses: AgreementClause[]
  flags: AgreementFlag[]
  confirmedAt: string | null
  effectiveAt: string | null
  createdAt: string
}

/** Reads and writes of the drafting tables; the signable text itself lives in signable_documents (signing core). */
export class AgreementsRepo {
  async loadCase(db: Db | DbTx, caseId: string): Promise<CaseForAgreement | null> {
    const kase = await db
      .selectFrom('cases')
      .leftJoin('organisations', 'organisations.id', 'cases.committee_id')
      .select([
        'cases.case_number',
        'cases.dispute_type',
        'cases.narrative',
        'cases.facts',
        'organisations.name as committee_name',
      ])
      .where('cases.id', '=', caseId)
      .executeTakeFirst()
    if (!kase) return null
    const parties = await db
      .selectFrom('case_parties')
      .select(['id', 'role', 'name', 'kind', 'user_id'])
      .where('case_id', '=', caseId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute()
    // Applicants are written first on the agreement, whatever order the parties joined the case in.
    parties.sort((a, b) => Number(a.role !== 'applicant') - Number(b.role !== 'applicant'))
    return {
      caseId,
      caseNumber: kase.case_number,
      committeeName: kase.committee_name,
      disputeType: kase.dispute_type,
      narrative: kase.narrative,
      facts: parseJson<Record<string, unknown>>(kase.facts, {}),
      parties: parties.map((p) => ({ id: p.id, role: p.role, name: p.name, kind: p.kind, userId: p.user_id })),
    }
  }

  private versionsQuery(db: Db | DbTx, caseId: string) {
    return db
      .selectFrom('agreement_versions as a')
      .innerJoin('signable_documents as d', 'd.id', 'a.document_row_id')
      .select([
        'a.document_row_id',
        'a.version',
        'a.content',
        'a.clauses',
        'a.flags',
        'a.created_at',
        'd.document_id',
        'd.title',
        'd.body',
        'd.sha256',
        'd.confirmed_at',
        'd.effective_at',
      ])
      .where('a.case_id', '=', caseId)
  }

  /** The newest version, or the numbered one. */
  async find(db: Db | DbTx, caseId: string, version?: number): Promise<StoredAgreementVersion | null> {
    let query = this.versionsQuery(db, caseId)
    query = version === undefined ? query.orderBy('a.version', 'desc').limit(1) : query.where('a.version', '=', version)
    const row = await query.executeTakeFirst()
    if (!row) return null
    return {
      documentRowId: row.document_row_id,
      documentId: row.document_id,
      caseId,
      version: row.version,
      title: row.title,
      body: row.body,
      sha256: row.sha256,
      content: parseJson<AgreementContent>(row.content, { facts: '', issues: [], responsibilities: '', terms: [] }),
      clauses: parseJson<AgreementClause[]>(row.clauses, []),
      flags: parseJson<AgreementFlag[]>(row.flags, []),
      confirmedAt: row.confirmed_at,
      effectiveAt: row.effective_at,
      createdAt: row.created_at,
    }
  }

  async list(db: Db | DbTx, caseId: string) {
    const rows = await this.versionsQuery(db, caseId).orderBy('a.version', 'desc').execute()
    return rows.map((r) => ({
      version: r.version,
      sha256: r.sha256,
      createdAt: r.created_at,
      confirmedAt: r.confirmed_at,
      blockingFlags: parseJson<AgreementFlag[]>(r.flags, []).filter((f) => f.severity === 'blocking').length,
    }))
  }

  async insertVersion(
    tx: DbTx,
    row: {
      documentRowId: string
      caseId: string
      version: number
      content: AgreementContent
      clauses: AgreementClause[]
      flags: AgreementFlag[]
    },
    now: Date,
  ): Promise<void> {
    await tx
      .insertInto('agreement_versions')
      .values({
        document_row_id: row.documentRowId,
        case_id: row.caseId,
        version: row.version,
        content: JSON.stringify(row.content),
        clauses: JSON.stringify(row.clauses),
        flags: JSON.stringify(row.flags),
        created_at: now.toISOString(),
      })
      .execute()
  }

  async confirmations(db: Db | DbTx, documentRowId: string) {
    return db
      .selectFrom('agreement_confirmations')
      .select(['party_id', 'confirmed_at'])
      .where('document_row_id', '=', documentRowId)
      .execute()
  }

  async insertConfirmation(
    tx: DbTx,
    row: { documentRowId: string; partyId: string; userId: string; sha256: string; ip: string | null },
    now: Date,
  ): Promise<void> {
    await tx
      .insertInto('agreement_confirmations')
      .values({
        document_row_id: row.documentRowId,
        party_id: row.partyId,
        user_id: row.userId,
        sha256: row.sha256,
        ip: row.ip,
        confirmed_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['document_row_id', 'party_id']).doNothing())
      .execute()
  }

  async insertComment(
    tx: DbTx,
    row: {
      caseId: string
      documentRowId: string
      clauseKey: string
      authorUserId: string
      text: string
      proposedText: string | null
    },
    now: Date,
  ): Promise<string> {
    const id = newId()
    await tx
      .insertInto('agreement_comments')
      .values({
        id,
        case_id: row.caseId,
        document_row_id: row.documentRowId,
        clause_key: row.clauseKey,
        author_user_id: row.authorUserId,
        text: row.text,
        proposed_text: row.proposedText,
        created_at: now.toISOString(),
      })
      .execute()
    return id
  }

  async comments(db: Db | DbTx, caseId: string) {
    return db
      .selectFrom('agreement_comments as c')
      .innerJoin('agreement_versions as a', 'a.document_row_id', 'c.document_row_id')
      .innerJoin('users as u', 'u.id', 'c.author_user_id')
      .leftJoin('case_parties as p', (join) =>
        join.onRef('p.case_id', '=', 'c.case_id').onRef('p.user_id', '=', 'c.author_user_id'),
      )
      .select([
        'c.id',
        'a.version',
        'c.clause_key',
        'c.author_user_id',
        'u.display_name',
        'u.real_name',
        'p.name as party_name',
        'p.role as party_role',
        'c.text',
        'c.proposed_text',
        'c.created_at',
      ])
      .where('c.case_id', '=', caseId)
      .orderBy('c.created_at', 'asc')
      .orderBy('c.id', 'asc')
      .execute()
  }
}
