import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'

/**
 * Requests Fastify or Node refuse before any route runs, answered like every other error: `{ code, message }` in
 * Chinese, and never the URL back (it may carry `?token=` or a signed link's signature).
 */
const body = (code: string, message: string) => JSON.stringify({ code, message })

/** Bad percent-encoding in the path (`/api/v1/x/%zz`): Fastify's own answer echoed the URL in English. */
export const frameworkErrors = (error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void => {
  const badUrl = error.code === 'FST_ERR_BAD_URL'
  reply
    .status(400)
    .type('application/json; charset=utf-8')
    .send(badUrl ? body('BAD_URL', '网址格式不正确，请检查链接是否完整') : body('BAD_REQUEST', '请求内容不正确'))
}

const CLIENT_ERRORS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'HEADERS_TOO_LARGE',
    message: '请求头太大，请清理浏览器缓存后重试',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'REQUEST_TIMEOUT',
    message: '请求超时，请重试',
  },
}
const MALFORMED = { status: 400, reason: 'Bad Request', code: 'BAD_REQUEST', message: '请求格式不正确' }

/** Malformed HTTP, oversized headers (431) and timeouts, refused by Node's parser before Fastify sees a request. */
export const clientErrorHandler: NonNullable<FastifyServerOptions['clientErrorHandler']> = (
  error: Error & { code?: string },
  socket: Socket,
) => {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const answer = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED
  if (socket.writable) {
    const payload = body(answer.code, answer.message)
    socket.write(
      `HTTP/1.1 ${answer.status} ${answer.reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${payload}`,
    )
  }
  socket.destroy()
}

/** Messages of the multipart parser's (busboy's) own errors: the client sent a broken multipart body. */
const MULTIPART_PARSE_ERRORS = [/^Multipart: Boundary not found$/, /^Unexpected end of multipart data$/, /^Malformed /]

/**
 * True for an error raised while reading a multipart body the client malformed: no boundary, broken part
 * headers, or a body that ends before its last part does (the file stream then closes prematurely).
 */
export function isMultipartParseError(error: unknown, request: FastifyRequest): boolean {
  // Duck-typed: errors from Node's own streams are not `instanceof` this realm's Error under jest.
  const { message, code, statusCode } = (error ?? {}) as { message?: unknown; code?: unknown; statusCode?: unknown }
  if (typeof message !== 'string' || statusCode !== undefined || !request.isMultipart?.()) return false
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') return true
  return MULTIPART_PARSE_ERRORS.some((pattern) => pattern.test(message))
}
