import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * Live mediation sessions: rooms (joint per case, caucus per mediator + party), caucus members, messages with a
 * per-room gap-free sequence (rooms.last_seq is bumped in the storing transaction), read positions, and
 * scheduling (a proposed time and each party's answer).
 * Self-contained: never import application code from a migration.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('session_rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('party_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('room_key', 'text', (c) => c.notNull().unique()) // joint:<case> | caucus:<case>:<party>
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('session_rooms_case_idx').on('session_rooms').column('case_id').execute()

  await db.schema
    .createTable('session_room_members')
    .addColumn('room_id', 'text', (c) => c.notNull().references('session_rooms.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_room_members_pk', ['room_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('session_messages')
    .addColumn('room_id', 'text', (c) => c.notNull().references('session_rooms.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('sender_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('client_msg_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('file_id', 'text')
    .addColumn('duration_sec', 'integer')
    .addColumn('event', 'text')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_messages_pk', ['room_id', 'seq'])
    .addUniqueConstraint('session_messages_client_msg_uq', ['room_id', 'sender_user_id', 'client_msg_id'])
    .execute()

  await db.schema
    .createTable('session_reads')
    .addColumn('room_id', 'text', (c) => c.notNull().references('session_rooms.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('last_read_seq', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_reads_pk', ['room_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('session_schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('session_schedules_case_idx').on('session_schedules').column('case_id').execute()

  // One row per party to answer: the pending rows are also the parties' in-app notifications.
  await db.schema
    .createTable('session_schedule_answers')
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('session_schedules.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_at', 'text')
    .addPrimaryKeyConstraint('session_schedule_answers_pk', ['schedule_id', 'user_id'])
    .execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.dropTable('session_schedule_answers').ifExists().execute()
  await db.schema.dropTable('session_schedules').ifExists().execute()
  await db.schema.dropTable('session_reads').ifExists().execute()
  await db.schema.dropTable('session_messages').ifExists().execute()
  await db.schema.dropTable('session_room_members').ifExists().execute()
  await db.schema.dropTable('session_rooms').ifExists().execute()
}
