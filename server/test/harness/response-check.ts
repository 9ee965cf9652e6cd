import type { FuzzRequest } from './fuzz-requests'

/** What leaks internals into an error body: a stack, SQL, a driver's or Fastify's own wording. */
const INTERNALS =
  /\n\s+at |\bError:|SQLITE_|sqlite|postgres|\bselect\b.+\bfrom\b|\binsert into\b|\bviolates\b|syntax error|relation "|FST_ERR|Bad Request|Internal Server Error|undefined|\[object /i

const CHINESE = /[\u3400-\u9fff]/

/**
 * Why a response breaks the API's promise, or null: never a 5xx, and every error is `{ code, message, details? }`
 * with a stable code, a Chinese message, no internals, and not the URL it was asked with.
 */
export function responseProblem(
  request: FuzzRequest,
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
): string | null {
  const { statusCode, body } = response
  if (statusCode >= 500) return `answered ${statusCode}: ${body.slice(0, 200)}`
  if (statusCode < 400) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return `${statusCode} body is not JSON: ${body.slice(0, 200)}`
  }
  if (!parsed || typeof parsed !== 'object') return `${statusCode} body is not an object: ${body.slice(0, 200)}`
  const { code, message, ...rest } = parsed as Record<string, unknown>
  if (typeof code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(code)) return `${statusCode} without a stable code: ${body}`
  if (typeof message !== 'string' || !CHINESE.test(message))
    return `${statusCode} ${code} message is not Chinese: ${body}`
  if (Object.keys(rest).some((key) => key !== 'details')) return `${statusCode} ${code} has extra fields: ${body}`
  if (INTERNALS.test(body)) return `${statusCode} ${code} shows internals: ${body.slice(0, 300)}`
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
  if (query.length > 8 && body.includes(query)) return `${statusCode} ${code} echoes the URL: ${body.slice(0, 300)}`
  return null
}
