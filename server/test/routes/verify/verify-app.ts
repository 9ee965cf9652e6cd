import Fastify, { type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { ErrorResponseSchema } from '@contract/common'
import services from '../../../src/plugins/app/services'
import errors from '../../../src/plugins/app/errors'
import security from '../../../src/plugins/external/security'
import verify from '../../../src/routes/api/v1/verify'
import type { TestApp } from '../../helpers/test-app'

/**
 * The verify routes on the test app's database, mounted exactly as /api/v1/verify. Built separately because
 * registering the area in routes/api/v1/index.ts is the lead's one-line change.
 */
export async function buildVerifyApp(t: TestApp): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    ajv: { customOptions: { removeAdditional: 'all', coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>()
  await app.register(fp(async (a) => void a.decorate('database', t.database), { name: 'db' }))
  await app.register(services, { config: t.config, clock: t.clock, sms: t.sms })
  await app.register(errors)
  await app.register(security)
  app.addSchema(ErrorResponseSchema)
  await app.register(verify, { prefix: '/api/v1/verify' })
  await app.ready()
  return app
}

/** A multipart/form-data body with one file field, as a browser or wx.uploadFile sends it. */
export function multipartPdf(bytes: Buffer, field = 'file', name = 'agreement.pdf') {
  const boundary = '----tiaojie-test-boundary'
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
