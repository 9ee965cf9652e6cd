import { loadConfig } from '../config'
import { openDatabase } from '../db/database'
import { demoLoginHelp, seedDemo } from '../db/seed'
import { systemClock } from '../lib/clock'

/** npm run db:seed — migrates, then adds the demo data (idempotent). */
async function main() {
  const config = loadConfig()
  const database = openDatabase(config)
  try {
    await database.migrate()
    await seedDemo(database, systemClock)
    console.log(['Demo data is in place.', ...demoLoginHelp()].join('\n'))
  } finally {
    await database.close()
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
