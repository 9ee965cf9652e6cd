import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * Files sent in a session room remember the room. A caucus room (背靠背) is private to its members, so a file
 * sent there is shown only to them (PML 23 / OMR confidentiality). Nullable: case files uploaded outside a room
 * (evidence, receipts, generated PDFs) have none. No foreign key: SQLite cannot drop a column that has one, and
 * the service checks the room (and the caller's place in it) before storing the id.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('files').addColumn('room_id', 'text').execute()
  await db.schema.createIndex('files_room_idx').on('files').column('room_id').execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.dropIndex('files_room_idx').ifExists().execute()
  await db.schema.alterTable('files').dropColumn('room_id').execute()
}
