import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Database } from '../../db/database'

export type LockResult<T> = { acquired: true; value: T } | { acquired: false }

/** Lets one API instance at a time run a given job. */
export interface JobLock {
  tryRun<T>(job: string, work: () => Promise<T>): Promise<LockResult<T>>
}

/** SQLite: the database file belongs to a single API process, so the runner's own overlap guard is enough. */
export const singleProcessLock: JobLock = {
  tryRun: async (_job, work) => ({ acquired: true, value: await work() }),
}

/** First key of the two-key advisory locks taken by jobs (other locks in this app use single bigint keys). */
export const JOBS_LOCK_CLASS = 7_420_010

/** Second key: the job within this database schema (test suites and tenants sharing a database do not collide). */
export function jobLockKey(schema: string | undefined, job: string): number {
  return createHash('sha256')
    .update(`${schema ?? 'public'}:${job}`)
    .digest()
    .readInt32BE(0)
}

/**
 * PostgreSQL: a session advisory lock per job (pg_try_advisory_lock), held on one reserved connection while the
 * job runs. An instance that does not get it skips the job this tick; the holder's crash releases it.
 */
export class PostgresJobLock implements JobLock {
  constructor(private readonly database: Database) {}

  tryRun<T>(job: string, work: () => Promise<T>): Promise<LockResult<T>> {
    const key = jobLockKey(this.database.schema, job)
    return this.database.db.connection().execute(async (conn) => {
      const { rows } = await sql<{
        locked: boolean
      }>`select pg_try_advisory_lock(${JOBS_LOCK_CLASS}, ${key}) as locked`.execute(conn)
      if (!rows[0]?.locked) return { acquired: false }
      try {
        return { acquired: true, value: await work() }
      } finally {
        await sql`select pg_advisory_unlock(${JOBS_LOCK_CLASS}, ${key})`.execute(conn)
      }
    })
  }
}

export function jobLockFor(database: Database): JobLock {
  return database.dialect === 'postgres' ? new PostgresJobLock(database) : singleProcessLock
}
