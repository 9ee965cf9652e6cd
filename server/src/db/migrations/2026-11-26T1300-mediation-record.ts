import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * The mediation record (调解笔录): immutable versions, each person's online confirmation of a version, and the
 * recorded end of mediation (failure or partial agreement with its reason, the routes told, the notice served).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('mediation_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('header', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('all_confirmed_at', 'text')
    .addColumn('pdf_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('served_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mediation_records_case_version_uq', ['case_id', 'version'])
    .execute()

  await db.schema
    .createTable('mediation_record_confirmations')
    .addColumn('record_id', 'text', (c) => c.notNull().references('mediation_records.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.references('case_parties.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mediation_record_confirmations_pk', ['record_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('case_terminations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('routes', 'text', (c) => c.notNull())
    .addColumn('notice_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('case_terminations_case_idx').on('case_terminations').column('case_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['case_terminations', 'mediation_record_confirmations', 'mediation_records']) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
