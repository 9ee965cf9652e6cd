import fp from 'fastify-plugin'
import type { Database } from '../../db/database'

declare module 'fastify' {
  interface FastifyInstance {
    database: Database
  }
}

/** Exposes the already-migrated Database to every route and closes it with the app. */
export default fp<{ database: Database }>(
  async (app, { database }) => {
    app.decorate('database', database)
    app.addHook('onClose', async () => database.close())
  },
  { name: 'db' },
)
