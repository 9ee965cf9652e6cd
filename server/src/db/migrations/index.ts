import { Migrator, type Kysely, type Migration } from 'kysely'
import * as foundation from './2026-11-26T0300-foundation'
import * as calculatorsOpinions from './2026-11-26T0600-calculators-opinions'
import * as sessions from './2026-11-26T0715-sessions'
import * as signing from './2026-11-26T0800-signing'
import * as intake from './2026-11-26T0930-intake'
import * as referralsAssignment from './2026-11-26T1000-referrals-assignment'
import * as agreements from './2026-11-26T1100-agreements'
import * as judicialService from './2026-11-26T1200-judicial-service'
import * as mediationRecord from './2026-11-26T1300-mediation-record'
import * as jobsReminders from './2026-11-26T1310-jobs-reminders'
import * as caucusFiles from './2026-11-26T1330-caucus-files'
import * as judicialGaps from './2026-11-26T1340-judicial-gaps'
import * as schedulePlace from './2026-11-26T1400-schedule-place'

export type Dialect = 'sqlite' | 'postgres'

/** A migration written once for both engines; it branches on `dialect` only where column types differ. */
export interface DialectMigration {
  up(db: Kysely<any>, dialect: Dialect): Promise<void>
  down(db: Kysely<any>, dialect: Dialect): Promise<void>
}

/** Every migration, in order. Names are ISO timestamps so they sort by time. */
export const MIGRATIONS: Record<string, DialectMigration> = {
  '2026-11-26T0300-foundation': foundation,
  '2026-11-26T0600-calculators-opinions': calculatorsOpinions,
  '2026-11-26T0715-sessions': sessions,
  '2026-11-26T0800-signing': signing,
  '2026-11-26T0930-intake': intake,
  '2026-11-26T1000-referrals-assignment': referralsAssignment,
  '2026-11-26T1100-agreements': agreements,
  '2026-11-26T1200-judicial-service': judicialService,
  '2026-11-26T1300-mediation-record': mediationRecord,
  '2026-11-26T1310-jobs-reminders': jobsReminders,
  '2026-11-26T1330-caucus-files': caucusFiles,
  '2026-11-26T1340-judicial-gaps': judicialGaps,
  '2026-11-26T1400-schedule-place': schedulePlace,
}

function bind(dialect: Dialect): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, m]) => [
      name,
      { up: (db: Kysely<any>) => m.up(db, dialect), down: (db: Kysely<any>) => m.down(db, dialect) },
    ]),
  )
}

/**
 * `schema` pins Kysely's bookkeeping tables to one PostgreSQL schema; without it Kysely would see another
 * schema's kysely_migration_lock and skip creating its own (several test suites share one database).
 */
export function migratorFor(db: Kysely<any>, dialect: Dialect, schema?: string): Migrator {
  const migrations = bind(dialect)
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
}

/** Applies pending migrations; returns the names applied. Throws with the failing migration's name. */
export async function runMigrations(db: Kysely<any>, dialect: Dialect, schema?: string): Promise<string[]> {
  const { error, results } = await migratorFor(db, dialect, schema).migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
