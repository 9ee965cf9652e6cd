import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import committeeRoutes from './committee-routes'
import caseRoutes from './case-routes'

/** Committee acceptance and mediator assignment (/assignment/...) and each case's progress (/cases/:id/...). */
const assignment: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.authenticate)
  await app.register(committeeRoutes)
  await app.register(caseRoutes)
}

export default assignment
