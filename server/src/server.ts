import closeWithGrace from 'close-with-grace'
import { buildApp } from './app'
import { prepareDatabase } from './bootstrap'
import { ConfigError, loadConfig } from './config'
import { demoLoginHelp } from './db/seed'
import { systemClock } from './lib/clock'

/** Process entry: configuration, database, listen, and a graceful shutdown on SIGINT/SIGTERM. */
async function main() {
  let config
  try {
    config = loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }
  const database = await prepareDatabase(config, systemClock, (line) => console.log(line))
  const app = await buildApp({ config, database })

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error')
    else app.log.info(`${signal} received, shutting down`)
    await app.close()
  })

  const address = await app.listen({ host: config.HOST, port: config.PORT })
  const port = new URL(address).port
  const lines = [
    '',
    `Tiaojie 在线调解 is running: http://localhost:${port}/  (API docs: http://localhost:${port}/docs)`,
    `Database: ${config.DATABASE_URL ? 'PostgreSQL' : `SQLite at ${config.SQLITE_FILE ?? `${config.DATA_DIR}/tiaojie.db`}`}`,
    ...(config.SEED_DEMO ? demoLoginHelp() : []),
    '',
  ]
  console.log(lines.join('\n'))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
