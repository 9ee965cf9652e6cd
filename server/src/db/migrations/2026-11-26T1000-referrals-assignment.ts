import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * Police referrals and share links, the fact sheet, committee acceptance and mediator assignment, and in-app
 * notifications. Cases themselves stay in the foundation tables; everything here hangs off `cases.id`.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('referrals')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('officer_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('station_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('incident_number', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('referrals_station_incident_uq')
    .on('referrals')
    .columns(['station_id', 'incident_number'])
    .unique()
    .execute()
  await db.schema
    .createIndex('referrals_officer_idx')
    .on('referrals')
    .columns(['officer_user_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('case_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('claimed_by', 'text', (c) => c.references('users.id'))
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('case_invitations_party_idx').on('case_invitations').columns(['party_id']).execute()

  // One row per case once it is referred or filed: acceptance, deadline and the respondent's answer.
  await db.schema
    .createTable('case_progress')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
    .addColumn('deadline_days', 'integer')
    .addColumn('deadline_at', 'text')
    .addColumn('deadline_basis', 'text')
    .addColumn('respondent_answer', 'text') // accepted | declined
    .addColumn('respondent_reason', 'text')
    .addColumn('respondent_answered_at', 'text')
    .addColumn('outcome', 'text') // agreement | failed | performed
    .addColumn('outcome_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('case_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('from_committee_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('to_committee_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('transferred_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('case_transfers_case_idx').on('case_transfers').columns(['case_id']).execute()

  // The mediator's side of an assignment: acceptance and the OMR 13 conflict-of-interest declaration.
  await db.schema
    .createTable('mediator_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('mediator_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('method', 'text', (c) => c.notNull()) // manual | auto | party_request
    .addColumn('status', 'text', (c) => c.notNull()) // pending | accepted | conflict | withdrawn
    .addColumn('conflict_note', 'text')
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .execute()
  await db.schema
    .createIndex('mediator_assignments_case_idx')
    .on('mediator_assignments')
    .columns(['case_id', 'mediator_user_id'])
    .execute()

  await db.schema
    .createTable('mediator_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('mediator_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // open | honoured | not_available
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('mediator_requests_case_idx').on('mediator_requests').columns(['case_id']).execute()

  await db.schema
    .createTable('mediator_areas')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mediator_areas_pk', ['user_id', 'region_code'])
    .execute()

  await db.schema
    .createTable('fact_sheet_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('fact_key', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('stated_by_role', 'text', (c) => c.notNull()) // applicant | respondent | police
    .addColumn('stated_by_user', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('fact_sheet_items_case_key_uq')
    .on('fact_sheet_items')
    .columns(['case_id', 'fact_key'])
    .unique()
    .execute()

  await db.schema
    .createTable('fact_sheet_marks')
    .addColumn('item_id', 'text', (c) => c.notNull().references('fact_sheet_items.id').onDelete('cascade'))
    .addColumn('party_role', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('mark', 'text', (c) => c.notNull()) // agree | dispute
    .addColumn('comment', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('fact_sheet_marks_pk', ['item_id', 'party_role'])
    .execute()

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute()
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'created_at']).execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  for (const table of [
    'notifications',
    'fact_sheet_marks',
    'fact_sheet_items',
    'mediator_areas',
    'mediator_requests',
    'mediator_assignments',
    'case_transfers',
    'case_progress',
    'case_invitations',
    'referrals',
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
