import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * Guided intake: one row per resident conversation (the dialogue state is JSON, versioned by the catalogue),
 * and risk flags raised to the police station covering the area (PML 25). Never imports application code.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('intake_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dispute_type', 'text', (c) => c.notNull())
    .addColumn('catalogue_version', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('risk_level', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('intake_sessions_user_idx').on('intake_sessions').columns(['user_id', 'status']).execute()

  await db.schema
    .createTable('case_risk_flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('police_station_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text', (c) => c.references('users.id'))
    .execute()
  await db.schema
    .createIndex('case_risk_flags_station_idx')
    .on('case_risk_flags')
    .columns(['police_station_id', 'acknowledged_at'])
    .execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.dropTable('case_risk_flags').ifExists().execute()
  await db.schema.dropTable('intake_sessions').ifExists().execute()
}
