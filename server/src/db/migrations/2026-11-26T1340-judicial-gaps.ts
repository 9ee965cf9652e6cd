import type { Kysely } from 'kysely'
import type { Dialect } from './index'

/**
 * The court may give the parties a time limit for supplying materials (CPL-Interp 354; missing it without good
 * reason may count as withdrawal, 357). Nullable YYYY-MM-DD (China date): requests made before had none.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('judicial_material_requests').addColumn('due_date', 'text').execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('judicial_material_requests').dropColumn('due_date').execute()
}
