import type { RecordContent, RecordHeader } from '@contract/mediation-record'
import type { Db, DbTx } from '../../db/database'
import { sha256Hex } from '../../domain/signing/hashing'
import { newId } from '../../lib/ids'

export type RecordRow = Awaited<ReturnType<RecordsRepo['latest']>> & object
export type ConfirmationRow = Awaited<ReturnType<RecordsRepo['confirmations']>>[number]

/** Record versions are immutable once written; confirmations belong to one version. */
export class RecordsRepo {
  async insertVersion(
    tx: DbTx,
    input: { caseId: string; header: RecordHeader; content: RecordContent; body: string; createdBy: string },
    now: Date,
  ): Promise<number> {
    const last = await tx
      .selectFrom('mediation_records')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('case_id', '=', input.caseId)
      .executeTakeFirst()
    const version = Number(last?.v ?? 0) + 1
    await tx
      .insertInto('mediation_records')
      .values({
        id: newId(),
        case_id: input.caseId,
        version,
        header: JSON.stringify(input.header),
        content: JSON.stringify(input.content),
        body: input.body,
        sha256: sha256Hex(Buffer.from(input.body, 'utf8')),
        all_confirmed_at: null,
        pdf_file_id: null,
        served_at: null,
        created_by: input.createdBy,
        created_at: now.toISOString(),
      })
      .execute()
    return version
  }

  /**
   * Serialises writers of one case's record (a no-op update takes the row locks on PostgreSQL and the write lock
   * on SQLite): two last confirmations cannot both miss serving, and two edits cannot both take one version.
   */
  async lock(tx: DbTx, caseId: string): Promise<void> {
    await tx
      .updateTable('mediation_records')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('case_id', '=', caseId)
      .execute()
  }

  latest(db: Db, caseId: string) {
    return db
      .selectFrom('mediation_records')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  version(db: Db, caseId: string, version: number) {
    return db
      .selectFrom('mediation_records')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('version', '=', version)
      .executeTakeFirst()
  }

  list(db: Db, caseId: string) {
    return db
      .selectFrom('mediation_records')
      .leftJoin('users', 'users.id', 'mediation_records.created_by')
      .select([
        'mediation_records.id',
        'mediation_records.version',
        'mediation_records.sha256',
        'mediation_records.created_at',
        'mediation_records.all_confirmed_at',
        'users.display_name',
        'users.real_name',
      ])
      .where('mediation_records.case_id', '=', caseId)
      .orderBy('mediation_records.version', 'desc')
      .execute()
  }

  confirmations(db: Db, recordIds: string[]) {
    if (recordIds.length === 0) return Promise.resolve([])
    return db
      .selectFrom('mediation_record_confirmations')
      .selectAll()
      .where('record_id', 'in', recordIds)
      .orderBy('confirmed_at')
      .execute()
  }
}
