import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'

/** Liveness (process up) and readiness (database and file storage reachable) for load balancers and `npm start` checks. */
const health: FastifyPluginAsyncTypebox = async (app) => {
  const schema = { hide: true, response: { 200: Type.Object({ status: Type.String() }) } }
  app.get('/healthz', { schema }, async () => ({ status: 'ok' }))
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const ok = await app.database.isReachable()
    return reply
      .status(ok ? 200 : 503)
      .send(ok ? { status: 'ready' } : { code: 'DB_UNREACHABLE', message: '数据库不可用' })
  })
}

export default health
