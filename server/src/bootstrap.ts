import type { Config } from './config'
import { openDatabase, type Database } from './db/database'
import { isEmpty, seedDemo } from './db/seed'
import type { Clock } from './lib/clock'

/** Opens the configured database and brings it to the latest schema; seeds demo data into an empty one. */
export async function prepareDatabase(config: Config, clock: Clock, log: (line: string) => void): Promise<Database> {
  const database = openDatabase(config)
  const applied = await database.migrate()
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`)
  if (config.SEED_DEMO && (await isEmpty(database))) {
    await seedDemo(database, clock)
    log('Seeded demo data (九龙坡区 organisations and one account per role)')
  }
  return database
}
