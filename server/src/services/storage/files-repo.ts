import type { Selectable } from 'kysely'
import type { Database, DbTx } from '../../db/database'
import type { FilesTable } from '../../db/schema'

export type FileRow = Selectable<FilesTable>

/** The files table: which storage key holds a file, whose case it belongs to, who uploaded it, its hash. */
export class FilesRepo {
  constructor(private readonly database: Database) {}

  async insert(tx: DbTx, row: FileRow): Promise<void> {
    await tx.insertInto('files').values(row).execute()
  }

  async findById(id: string): Promise<FileRow | undefined> {
    return this.database.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async listByCase(caseId: string): Promise<FileRow[]> {
    return this.database.db
      .selectFrom('files')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute()
  }
}
