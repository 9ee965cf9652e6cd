import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * After the agreement: the joint application for judicial confirmation and the court's handling of it,
 * electronic service of documents with receipts, the confirmed service address, performance of instalments,
 * follow-up visits and the parties' ratings of the mediation.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('judicial_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('document_row_id', 'text', (c) => c.notNull().references('signable_documents.id'))
    .addColumn('court_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('court_bases', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('application_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('court_case_number', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('filed_at', 'text')
    .addColumn('decision_due_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_reasons', 'text')
    .addColumn('ruling_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('judicial_applications_case_idx').on('judicial_applications').column('case_id').execute()
  await db.schema
    .createIndex('judicial_applications_court_idx')
    .on('judicial_applications')
    .columns(['court_id', 'status'])
    .execute()

  await db.schema
    .createTable('judicial_confirmations')
    .addColumn('application_id', 'text', (c) => c.notNull().references('judicial_applications.id'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('judicial_confirmations_pk', ['application_id', 'party_id'])
    .execute()

  await db.schema
    .createTable('judicial_material_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('judicial_applications.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('supplied_at', 'text')
    .execute()

  await db.schema
    .createTable('service_addresses')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_addresses_pk', ['case_id', 'party_id'])
    .execute()

  await db.schema
    .createTable('served_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('served_by', 'text', (c) => c.references('users.id'))
    .addColumn('served_at', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addUniqueConstraint('served_documents_once_uq', ['source_type', 'source_id', 'party_id'])
    .execute()
  await db.schema.createIndex('served_documents_user_idx').on('served_documents').column('user_id').execute()
  await db.schema.createIndex('served_documents_case_idx').on('served_documents').column('case_id').execute()

  await db.schema
    .createTable('instalments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('document_row_id', 'text', (c) => c.notNull().references('signable_documents.id'))
    .addColumn('term_index', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('payer_party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addColumn('payee_party_id', 'text', (c) => c.references('case_parties.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer')
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('paid_at', 'text')
    .addColumn('receipt_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('confirmed_at', 'text')
    .addColumn('defaulted_at', 'text')
    .addColumn('reminded_at', 'text')
    .addUniqueConstraint('instalments_term_seq_uq', ['document_row_id', 'term_index', 'seq'])
    .execute()
  await db.schema.createIndex('instalments_due_idx').on('instalments').columns(['status', 'due_date']).execute()

  await db.schema
    .createTable('follow_up_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('mediator_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('performance', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('mediation_ratings')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mediation_ratings_pk', ['case_id', 'party_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'mediation_ratings',
    'follow_up_visits',
    'instalments',
    'served_documents',
    'service_addresses',
    'judicial_material_requests',
    'judicial_confirmations',
    'judicial_applications',
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
