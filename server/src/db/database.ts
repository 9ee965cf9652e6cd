import fs from 'node:fs'
import path from 'node:path'
import SqliteDriver from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely'
import { Pool } from 'pg'
import type { DatabaseSchema } from './schema'
import { runMigrations, type Dialect } from './migrations'

/** Advisory lock key serialising migrations and schema drops on one PostgreSQL database. */
const SCHEMA_LOCK_KEY = 7_420_002
/** Advisory lock class for start-up seeding; the second key is the schema's hash, so test suites do not wait. */
const STARTUP_LOCK_KEY = 7_420_003

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
    /** PostgreSQL schema this instance works in (search_path), if not the default. */
    readonly schema?: string,
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
    return new Database(db, 'postgres', () => db.destroy(), schema)
  }

  /**
   * Creates the schema (Postgres) if needed, then applies pending migrations. On PostgreSQL the work holds a
   * database-wide advisory lock, so instances starting together (or test suites sharing a database) never
   * migrate or drop schemas at the same moment — catalogue introspection races with a concurrent DROP SCHEMA.
   */
  async migrate(): Promise<string[]> {
    if (this.dialect === 'sqlite') return runMigrations(this.db, this.dialect)
    const schema = this.schema
    return this.withSchemaLock(async (conn) => {
      if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(conn)
      return runMigrations(conn, this.dialect, schema)
    })
  }

  /** Drops a PostgreSQL schema and everything in it (test suites and benchmarks clean up with this). */
  async dropSchema(schema: string): Promise<void> {
    if (this.dialect !== 'postgres') throw new Error('dropSchema is for PostgreSQL')
    await this.withSchemaLock((conn) => sql`drop schema if exists ${sql.id(schema)} cascade`.execute(conn))
  }

  /**
   * Runs start-up work (first-start seeding) on one instance at a time. Instances starting together on one
   * PostgreSQL database wait for each other here, so a check-then-insert seed never runs twice at once. SQLite is
   * served by one process (see README), whose start-up runs once.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') return work()
    const scope = this.schema ?? 'public'
    return this.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${STARTUP_LOCK_KEY}, hashtext(${scope}))`.execute(conn)
      try {
        return await work()
      } finally {
        await sql`select pg_advisory_unlock(${STARTUP_LOCK_KEY}, hashtext(${scope}))`.execute(conn)
      }
    })
  }

  private withSchemaLock<T>(work: (conn: Kysely<DatabaseSchema>) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${SCHEMA_LOCK_KEY})`.execute(conn)
      try {
        return await work(conn)
      } finally {
        await sql`select pg_advisory_unlock(${SCHEMA_LOCK_KEY})`.execute(conn)
      }
    })
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
