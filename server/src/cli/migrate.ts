import { loadConfig } from '../config'
import { openDatabase } from '../db/database'

/** npm run db:migrate — applies pending migrations to the configured database. */
async function main() {
  const config = loadConfig()
  const database = openDatabase(config)
  try {
    const applied = await database.migrate()
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date')
  } finally {
    await database.close()
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
