import type { Config } from './config'
import { openDatabase, type Database } from './db/database'
import { isEmpty, seedDemo } from './db/seed'
import type { Clock } from './lib/clock'
import { RegionalFiguresRepo } from './services/regional-figures/regional-figures-repo'

export interface FirstStartSeed {
  /** regional figures written (0 when the table already had rows) */
  figures: number
  /** whether the demo data was written */
  demo: boolean
}

/**
 * What an empty database gets on its first start: the regional figures the calculators use, and the demo data when
 * asked. It runs under the database's start-up lock, so instances starting together never all find the database
 * empty and seed it at once (the losers used to hit the unique constraints and exit).
 */
export function seedFirstStart(database: Database, clock: Clock, options: { demo: boolean }): Promise<FirstStartSeed> {
  return database.exclusively(async () => {
    const figures = await new RegionalFiguresRepo(database).seedIfEmpty(clock.now())
    const demo = options.demo && (await isEmpty(database))
    if (demo) await seedDemo(database, clock)
    return { figures, demo }
  })
}

/** Opens the configured database and brings it to the latest schema; seeds an empty one (see seedFirstStart). */
export async function prepareDatabase(config: Config, clock: Clock, log: (line: string) => void): Promise<Database> {
  const database = openDatabase(config)
  const applied = await database.migrate()
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`)
  const seeded = await seedFirstStart(database, clock, { demo: config.SEED_DEMO })
  if (seeded.figures) log(`Seeded ${seeded.figures} regional figures`)
  if (seeded.demo) log('Seeded demo data (九龙坡区 organisations and one account per role)')
  return database
}
