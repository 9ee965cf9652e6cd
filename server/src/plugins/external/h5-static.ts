import fs from 'node:fs'
import path from 'node:path'
import fp from 'fastify-plugin'
import fastifyStatic from '@fastify/static'

/**
 * Serves the built H5 app at `/` from the same port as the API. Unknown non-API GETs fall back to
 * index.html (the app routes on the client). Skipped with a log line when the build is absent.
 */
export default fp(
  async (app) => {
    const root = path.resolve(app.config.H5_DIR)
    const index = path.join(root, 'index.html')
    if (!fs.existsSync(index)) {
      app.log.warn(`H5 build not found at ${root}; run "npm run build:h5" to serve the app`)
      return
    }
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] })
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const accepts = request.headers.accept ?? ''
      if (request.url.startsWith('/api/') || !accepts.includes('text/html')) {
        return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: '您要找的内容不存在' })
      }
      return reply.sendFile('index.html')
    })
  },
  { name: 'h5-static' },
)
