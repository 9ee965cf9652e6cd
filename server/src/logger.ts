import type { FastifyServerOptions } from 'fastify'
import { maskIdNumbersInText } from './lib/mask'

export function redactTokenParam(url: string): string {
  return url.replace(/([?&](?:token|access_token)=)[^&#]*/gi, '$1[redacted]')
}

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
    serializers: {
      // H5 WebSocket clients pass the access token in the query string: keep it out of the logs.
      req(request: { method: string; url: string; hostname?: string; ip?: string }) {
        return {
          method: request.method,
          url: redactTokenParam(request.url),
          host: request.hostname,
          remoteAddress: request.ip,
        }
      },
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskIdNumbersInText(a) : a)) as typeof args
        return method.apply(this, masked)
      },
    },
  }
}
