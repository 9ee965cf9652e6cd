import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { ErrorResponseSchema } from '@contract/common'

/** OpenAPI document at /docs/json, generated from the routes' TypeBox schemas; the UI at /docs. */
export default fp(
  async (app) => {
    app.addSchema(ErrorResponseSchema)
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Tiaojie 在线调解 API',
          description: 'REST API of the Tiaojie online mediation platform. Errors: `{ code, message, details? }`.',
          version: '1',
        },
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
      },
    })
    await app.register(swaggerUi, { routePrefix: '/docs' })
  },
  { name: 'openapi' },
)
