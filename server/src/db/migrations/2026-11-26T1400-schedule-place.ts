import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * Where a proposed session takes place (e.g. a committee's mediation room). Nullable: null is the online room,
 * which is also what every schedule made before this column meant (unless its note said "地点：…").
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('session_schedules').addColumn('place', 'text').execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('session_schedules').dropColumn('place').execute()
}
