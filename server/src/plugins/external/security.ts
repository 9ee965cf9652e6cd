import fp from 'fastify-plugin'
import helmet from '@fastify/helmet'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'

/**
 * Security headers, CORS for the H5 dev server, and rate limiting. Limits are opt-in per route
 * (`config: { rateLimit: ... }`) so auth and public endpoints get tight limits without throttling the app.
 */
export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'data:', 'blob:'],
          // blob: lets Taro.uploadFile read a picked photo or recording (a blob: URL) in H5.
          connectSrc: ["'self'", 'blob:', 'ws:', 'wss:'],
          fontSrc: ["'self'", 'data:'],
        },
      },
      crossOriginEmbedderPolicy: false,
    })
    const origins = app.config.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean)
    await app.register(cors, { origin: origins, credentials: false, maxAge: 600 })
    await app.register(rateLimit, { global: false })
  },
  { name: 'security', dependencies: ['services'] },
)
