import fp from 'fastify-plugin'
import { badRequest } from '../../lib/app-error'

/**
 * C0 controls except tab, line feed and carriage return, DEL, and UTF-16 surrogates that are not part of a pair.
 * PostgreSQL refuses NUL in text ("invalid byte sequence") while SQLite keeps it, and an unpaired surrogate is
 * stored as U+FFFD: neither can store such text as it was sent, so it is refused before any handler runs.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Path (`periods.0.note`) of the first string or key holding a forbidden character, or null. */
export function forbiddenCharacterPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? path : null
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key
    if (FORBIDDEN.test(key)) return childPath
    const found = forbiddenCharacterPath(child, childPath)
    if (found !== null) return found
  }
  return null
}

const DETAIL = '包含不允许的控制字符'
const refused = (field: string) =>
  badRequest('INVALID_CHARACTERS', '内容包含无法识别的特殊字符，请删除后重试', [
    field ? { field, message: DETAIL } : { message: DETAIL },
  ])

/**
 * One guard for every route, identical on both databases: path parameters, the query string and a parsed body
 * (JSON or form) are checked for control characters before validation. Multipart file contents are bytes and
 * are not inspected; multipart text (file names) is cleaned where it is stored.
 */
export default fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      for (const part of [request.params, request.query, request.body]) {
        const field = forbiddenCharacterPath(part)
        if (field !== null) throw refused(field)
      }
    })
  },
  { name: 'input-guard', dependencies: ['errors'] },
)
