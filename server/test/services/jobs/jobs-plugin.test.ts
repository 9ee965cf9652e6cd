import { sql } from 'kysely'
import { loadConfig } from '../../../src/config'
import { JOBS_LOCK_CLASS, jobLockKey, PostgresJobLock, singleProcessLock } from '../../../src/services/jobs/job-lock'
import { parseLeadHours } from '../../../src/services/jobs/session-reminders'
import { buildTestApp, type TestApp } from '../../helpers/test-app'

describe('jobs plugin and settings', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp({ env: { JOBS_ENABLED: 'true', JOBS_INTERVAL_SECONDS: '3600' } })
  })
  afterAll(async () => {
    await t.close()
  })

  it('registers the four jobs on the app, and runs a tick without failures on the seeded database', async () => {
    expect(t.app.jobs.jobs.map((j) => j.name)).toEqual([
      'session_reminders',
      'case_deadlines',
      'judicial_decisions',
      'instalment_reminders',
    ])
    const outcomes = await t.app.jobs.runDue()
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done', 'done', 'done'])
  })

  it('validates the settings and names the variable', () => {
    const base = { NODE_ENV: 'test' as const, DATA_DIR: '/tmp/x' }
    expect(loadConfig(base)).toMatchObject({ JOBS_INTERVAL_SECONDS: 60, SESSION_REMINDER_HOURS: '24,1' })
    expect(loadConfig(base).JOBS_ENABLED).toBeUndefined()
    expect(loadConfig({ ...base, JOBS_ENABLED: 'false' }).JOBS_ENABLED).toBe(false)
    expect(() => loadConfig({ ...base, JOBS_INTERVAL_SECONDS: '1' })).toThrow(/JOBS_INTERVAL_SECONDS/)
    expect(() => loadConfig({ ...base, SESSION_REMINDER_HOURS: '24,0' })).toThrow(/SESSION_REMINDER_HOURS/)
    expect(() => loadConfig({ ...base, DEADLINE_REMINDER_DAYS: '0' })).toThrow(/DEADLINE_REMINDER_DAYS/)
    expect(parseLeadHours('48,24,1')).toEqual([48, 24, 1])
  })

  it('lets one instance at a time run a job (PostgreSQL advisory lock; SQLite is single-process)', async () => {
    if (t.database.dialect === 'sqlite') {
      expect(await singleProcessLock.tryRun('x', async () => 7)).toEqual({ acquired: true, value: 7 })
      return
    }
    // Another instance holds the job's lock on its own connection: this one skips, then runs once it is free.
    const lock = new PostgresJobLock(t.database)
    const key = jobLockKey(t.database.schema, 'case_deadlines')
    let release: () => void = () => undefined
    const released = new Promise<void>((r) => (release = r))
    let held: () => void = () => undefined
    const isHeld = new Promise<void>((r) => (held = r))
    const other = t.database.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${JOBS_LOCK_CLASS}, ${key})`.execute(conn)
      held()
      await released
      await sql`select pg_advisory_unlock(${JOBS_LOCK_CLASS}, ${key})`.execute(conn)
    })
    await isHeld
    expect(await lock.tryRun('case_deadlines', async () => 1)).toEqual({ acquired: false })
    expect(await t.app.jobs.run('case_deadlines')).toEqual({
      job: 'case_deadlines',
      status: 'skipped',
      reason: 'locked',
    })
    release()
    await other
    expect(await lock.tryRun('case_deadlines', async () => 1)).toEqual({ acquired: true, value: 1 })
  })
})
