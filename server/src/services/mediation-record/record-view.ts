import type { MediationRecord, RecordConfirmation, RecordContent, RecordHeader } from '@contract/mediation-record'
import type { Db } from '../../db/database'
import { parseJson } from '../../lib/json'
import type { RecordReader } from './record-access'
import type { ConfirmationRow, RecordRow } from './records-repo'

export interface Signatory {
  role: 'applicant' | 'respondent' | 'mediator'
  partyId: string | null
  userId: string | null
  name: string
}

export const headerOf = (row: RecordRow) => parseJson<RecordHeader>(row.header, null as unknown as RecordHeader)
export const contentOf = (row: RecordRow) => parseJson<RecordContent>(row.content, null as unknown as RecordContent)

/**
 * Who must confirm a version: every party of the case (through the account that claimed it now) and the
 * mediators named in that version.
 */
export async function signatories(db: Db, caseId: string, header: RecordHeader): Promise<Signatory[]> {
  const parties = await db
    .selectFrom('case_parties')
    .select(['id', 'role', 'name', 'user_id'])
    .where('case_id', '=', caseId)
    .orderBy('role')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return [
    ...parties.map((p) => ({
      role: p.role as 'applicant' | 'respondent',
      partyId: p.id,
      userId: p.user_id,
      name: p.name,
    })),
    ...header.participants
      .filter((p) => p.role === 'mediator')
      .map((p) => ({ role: 'mediator' as const, partyId: null, userId: p.userId, name: p.name })),
  ]
}

export function confirmationList(people: Signatory[], rows: ConfirmationRow[]): RecordConfirmation[] {
  return people.map((p) => {
    const row = rows.find((r) => (p.partyId ? r.party_id === p.partyId : r.user_id === p.userId && !r.party_id))
    return { role: p.role, partyId: p.partyId, userId: p.userId, name: p.name, confirmedAt: row?.confirmed_at ?? null }
  })
}

export function recordView(
  row: RecordRow,
  latestVersion: number,
  people: Signatory[],
  rows: ConfirmationRow[],
  reader: RecordReader,
  userId: string,
  createdByName: string,
): MediationRecord {
  const confirmations = confirmationList(people, rows)
  const latest = row.version === latestVersion
  const mine = confirmations.find((c) => c.userId === userId)
  return {
    caseId: row.case_id,
    version: row.version,
    latest,
    sha256: row.sha256,
    header: headerOf(row),
    content: contentOf(row),
    text: row.body,
    confirmations,
    allConfirmedAt: row.all_confirmed_at,
    servedAt: row.served_at,
    createdBy: { userId: row.created_by, name: createdByName },
    createdAt: row.created_at,
    canEdit: reader.kind === 'mediator',
    canConfirm: latest && mine !== undefined && mine.confirmedAt === null,
  }
}
