import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * Agreement drafting: the structured content behind each signable agreement version (with its rendered clauses
 * and confirmation-readiness flags), the parties' comments on clauses, and each party's confirmation of a version.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('agreement_versions')
    .addColumn('document_row_id', 'text', (c) => c.primaryKey().references('signable_documents.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('clauses', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreement_versions_case_version_uq', ['case_id', 'version'])
    .execute()

  await db.schema
    .createTable('agreement_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('document_row_id', 'text', (c) => c.notNull().references('signable_documents.id'))
    .addColumn('clause_key', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('proposed_text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('agreement_comments_case_idx').on('agreement_comments').column('case_id').execute()

  await db.schema
    .createTable('agreement_confirmations')
    .addColumn('document_row_id', 'text', (c) => c.notNull().references('signable_documents.id'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_confirmations_pk', ['document_row_id', 'party_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['agreement_confirmations', 'agreement_comments', 'agreement_versions']) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
