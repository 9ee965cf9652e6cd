import type { Selectable } from 'kysely'
import type { Database, DbTx } from '../../db/database'
import type { FilesTable } from '../../db/schema'
import { caseFileVisibleTo } from './caucus-files'

export type FileRow = Selectable<FilesTable>

/** A file with the kind of the room it was sent in ('joint' | 'caucus'; null when sent in none). */
export type RoomFileRow = FileRow & { room_kind: string | null }

/** The files table: which storage key holds a file, whose case it belongs to, who uploaded it, its hash. */
export class FilesRepo {
  constructor(private readonly database: Database) {}

  async insert(tx: DbTx, row: FileRow): Promise<void> {
    await tx.insertInto('files').values(row).execute()
  }

  async findById(id: string): Promise<FileRow | undefined> {
    return this.database.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findWithRoom(id: string): Promise<RoomFileRow | undefined> {
    return this.database.db
      .selectFrom('files')
      .leftJoin('session_rooms', 'session_rooms.id', 'files.room_id')
      .selectAll('files')
      .select('session_rooms.kind as room_kind')
      .where('files.id', '=', id)
      .executeTakeFirst()
  }

  /** The case's files that `memberUserId` may see (see caseFileVisibleTo: caucus files only for members). */
  async listByCase(caseId: string, memberUserId: string | null): Promise<RoomFileRow[]> {
    return this.database.db
      .selectFrom('files')
      .leftJoin('session_rooms', 'session_rooms.id', 'files.room_id')
      .selectAll('files')
      .select('session_rooms.kind as room_kind')
      .where('files.case_id', '=', caseId)
      .where(caseFileVisibleTo(memberUserId))
      .orderBy('files.created_at', 'asc')
      .orderBy('files.id', 'asc')
      .execute()
  }
}
