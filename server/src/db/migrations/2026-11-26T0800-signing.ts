import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * E-signing: confirmed document versions (a minimal model the agreement drafting attaches to), the
 * hash-chained signing events, sealed final PDFs, and documents that must be signed on paper (ESL art 3).
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'

  await db.schema
    .createTable('signable_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('status_matters', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('confirmed_at', 'text')
    .addColumn('effective_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('signable_documents_version_uq', ['document_id', 'version'])
    .execute()
  await db.schema.createIndex('signable_documents_case_idx').on('signable_documents').column('case_id').execute()

  await db.schema
    .createTable('signing_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_row_id', 'text', (c) => c.notNull().references('signable_documents.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('signer_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('signer_role', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('event_hash', 'text', (c) => c.notNull())
    .addColumn('signature_image', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // One event per position: two signers racing on the same head cannot fork the chain.
    .addUniqueConstraint('signing_events_seq_uq', ['document_row_id', 'seq'])
    .execute()

  await db.schema
    .createTable('sealed_documents')
    .addColumn('document_row_id', 'text', (c) => c.primaryKey().references('signable_documents.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('verification_code', 'text', (c) => c.notNull().unique())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('pdf', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('offline_signings')
    .addColumn('document_row_id', 'text', (c) => c.primaryKey().references('signable_documents.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('matters', 'text', (c) => c.notNull())
    .addColumn('required_at', 'text', (c) => c.notNull())
    .addColumn('signed_on_paper_at', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['offline_signings', 'sealed_documents', 'signing_events', 'signable_documents']) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
