import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * Background jobs: one row per reminder already sent (job, subject, stage), so reminders go out once each even
 * when the jobs run again, after a restart or on another instance. The row is written in the transaction that
 * writes the notifications, and the primary key makes a second writer's insert a no-op.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('sent_reminders')
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sent_reminders_pk', ['job', 'subject_id', 'stage'])
    .execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.dropTable('sent_reminders').ifExists().execute()
}
