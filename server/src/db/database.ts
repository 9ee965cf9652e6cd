import fs from 'node:fs'
import path from 'node:path'
import SqliteDriver from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely'
import { Pool } from 'pg'
import type { DatabaseSchema } from './schema'
import { runMigrations, type Dialect } from './migrations'

export type Db = Kysely<DatabaseSchema>
export type DbTx = Transaction<DatabaseSchema>

/**
 * The one database class. It hides which engine runs underneath: SQLite (embedded default, WAL) or
 * PostgreSQL (when DATABASE_URL is set), optionally inside a named schema (used to isolate test suites).
 */
export class Database {
  private constructor(
    readonly db: Db,
    readonly dialect: Dialect,
    private readonly onClose: () => Promise<void>,
  ) {}

  static sqlite(file: string): Database {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    const driver = new SqliteDriver(file)
    driver.pragma('journal_mode = WAL')
    driver.pragma('foreign_keys = ON')
    driver.pragma('busy_timeout = 5000')
    const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: driver }) })
    return new Database(db, 'sqlite', () => db.destroy())
  }

  static postgres(url: string, schema?: string): Database {
    const pool = new Pool({
      connectionString: url,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    })
    const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) })
    return new Database(db, 'postgres', () => db.destroy())
  }

  /** Creates the schema (Postgres) if needed, then applies pending migrations. */
  async migrate(schema?: string): Promise<string[]> {
    if (this.dialect === 'postgres' && schema) {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(this.db)
    }
    return runMigrations(this.db, this.dialect)
  }

  async isReachable(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.db)
      return true
    } catch {
      return false
    }
  }

  transaction<T>(work: (tx: DbTx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work)
  }

  close(): Promise<void> {
    return this.onClose()
  }
}

export interface DatabaseSettings {
  DATABASE_URL?: string
  DATABASE_SCHEMA?: string
  SQLITE_FILE?: string
  dataDir: string
}

/** Picks the engine from configuration: PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR. */
export function openDatabase(settings: DatabaseSettings): Database {
  if (settings.DATABASE_URL) return Database.postgres(settings.DATABASE_URL, settings.DATABASE_SCHEMA)
  return Database.sqlite(settings.SQLITE_FILE ?? path.join(settings.dataDir, 'tiaojie.db'))
}
