import type { FastifyServerOptions } from 'fastify'
import { maskIdNumbersInText } from './lib/mask'

/**
 * pino options: request bodies are never logged, known secret fields are redacted, and any resident ID
 * number that slips into a log message is masked before it is written.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        '*.idNumber',
        '*.code',
        '*.refreshToken',
        '*.accessToken',
        '*.password',
        '*.secret',
      ],
      censor: '[redacted]',
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskIdNumbersInText(a) : a)) as typeof args
        return method.apply(this, masked)
      },
    },
  }
}
