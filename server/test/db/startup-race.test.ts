import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app'
import { prepareDatabase } from '../../src/bootstrap'
import { loadConfig } from '../../src/config'
import { Database } from '../../src/db/database'
import { DEMO_ACCOUNTS } from '../../src/db/seed/demo-places'
import { SEED_FIGURES } from '../../src/domain/regional-figures/seed-figures'
import { RegionalFiguresRepo } from '../../src/services/regional-figures/regional-figures-repo'
import { TestClock } from '../helpers/test-app'

/**
 * Issue 11 finding 8, last class: instances starting together on one empty database each found it empty and
 * seeded it (regional figures, demo data); the losers hit the unique constraints and exited. Three instances start
 * at once on PostgreSQL (TEST_DATABASE_URL); on SQLite, which one process serves, they start on one file in turn.
 */
describe('three instances starting on one empty database', () => {
  jest.setTimeout(120_000)
  const pgUrl = process.env.TEST_DATABASE_URL
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-startup-'))
  const schema = pgUrl ? `t_${randomBytes(6).toString('hex')}` : undefined
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    H5_DIR: path.join(dataDir, 'no-h5'),
    SEED_DEMO: 'true',
    JWT_SECRET: 'startup-race-secret-0123456789abcdef',
    ...(pgUrl ? { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema } : {}),
  })
  const openDatabaseFor = () =>
    pgUrl ? Database.postgres(pgUrl, schema) : Database.sqlite(path.join(dataDir, 'tiaojie.db'))
  const apps: FastifyInstance[] = []
  const databases: Database[] = []

  afterAll(async () => {
    for (const app of apps) await app.close()
    for (const database of databases) await database.close()
    if (pgUrl && schema) {
      const admin = Database.postgres(pgUrl)
      await admin.dropSchema(schema)
      await admin.close()
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  /** What server.ts does: migrate, seed an empty database, build the app and get it ready (figures seeded). */
  async function start(): Promise<void> {
    const clock = new TestClock()
    const database = await prepareDatabase(config, clock, () => undefined)
    databases.push(database)
    const app = await buildApp({ config, database, clock, logger: false })
    apps.push(app)
    await app.ready()
  }

  const count = async (table: 'regional_figures' | 'users') => {
    const db = databases[0].db
    const row = await db.selectFrom(table).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    return Number(row.n)
  }
  const settle = (work: Array<() => Promise<unknown>>) =>
    pgUrl
      ? Promise.allSettled(work.map((w) => w()))
      : work.reduce<Promise<PromiseSettledResult<unknown>[]>>(
          async (done, w) => [...(await done), { status: 'fulfilled', value: await w() }],
          Promise.resolve([]),
        )
  const outcomesOf = (results: PromiseSettledResult<unknown>[]) =>
    results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'done'))

  it(`seeds the regional figures once when three connections seed at the same moment (${pgUrl ? 'together' : 'in turn'})`, async () => {
    const first = openDatabaseFor()
    databases.push(first)
    await first.migrate()
    const seeders = [first, openDatabaseFor(), openDatabaseFor()]
    databases.push(seeders[1], seeders[2])
    const now = new Date('2026-11-26T01:00:00Z')
    const results = await settle(seeders.map((database) => () => new RegionalFiguresRepo(database).seedIfEmpty(now)))
    expect(outcomesOf(results)).toEqual(['done', 'done', 'done'])
    expect(await count('regional_figures')).toBe(SEED_FIGURES.length)
  })

  it(`all start, and the seed is written exactly once (${pgUrl ? 'together, PostgreSQL' : 'in turn, SQLite'})`, async () => {
    expect(outcomesOf(await settle([start, start, start]))).toEqual(['done', 'done', 'done'])
    expect(await count('regional_figures')).toBe(SEED_FIGURES.length)
    expect(await count('users')).toBe(DEMO_ACCOUNTS.length)
  })

  it('does not seed figures again once an administrator deleted some', async () => {
    const db = databases[0].db
    const one = await db.selectFrom('regional_figures').select('id').executeTakeFirstOrThrow()
    await db.deleteFrom('regional_figures').where('id', '=', one.id).execute()
    await start()
    expect(await count('regional_figures')).toBe(SEED_FIGURES.length - 1)
  })
})
