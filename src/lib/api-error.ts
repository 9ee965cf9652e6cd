import type { ErrorResponse } from '@contract/common'

export type ErrorDetail = NonNullable<ErrorResponse['details']>[number]

/** The one error every API call rejects with: a stable code plus a Chinese message fit for the UI. */
export class ApiError extends Error {
  readonly code: string
  readonly status: number | null
  readonly details: ErrorDetail[]

  constructor(code: string, message: string, status: number | null = null, details: ErrorDetail[] = []) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.details = details
  }

  /** Message for one form field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((detail) => detail.field === field)?.message
  }

  /**
   * The named fields' messages keyed the way forms key them (`terms.0.amount`), whether the server wrote
   * `/terms/0/amount`, `terms[0].amount` or the dotted path; `prefix` drops a wrapper such as `content.`.
   */
  fieldErrors(prefix = ''): Record<string, string> {
    const errors: Record<string, string> = {}
    for (const { field, message } of this.details) {
      if (!field) continue
      const key = field
        .replace(/^\//, '')
        .replace(/\//g, '.')
        .replace(/\[(\d+)\]/g, '.$1')
      errors[prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key] = message
    }
    return errors
  }
}

export const CLIENT_ERRORS = {
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  TIMEOUT: '请求超时，请稍后重试',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  SERVER_ERROR: '服务暂时不可用，请稍后重试',
  REQUEST_FAILED: '请求失败，请稍后重试',
} as const

export type ClientErrorCode = keyof typeof CLIENT_ERRORS

export function clientError(code: ClientErrorCode, status: number | null = null): ApiError {
  return new ApiError(code, CLIENT_ERRORS[code], status)
}

function isErrorBody(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null) return false
  const candidate = body as Record<string, unknown>
  return typeof candidate.code === 'string' && typeof candidate.message === 'string'
}

/** Maps an HTTP error response to an ApiError, passing the server's own code and message through. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const details = Array.isArray(body.details) ? body.details : []
    return new ApiError(body.code, body.message, status, details)
  }
  if (status === 401) return clientError('SESSION_EXPIRED', status)
  if (status >= 500) return clientError('SERVER_ERROR', status)
  return new ApiError('REQUEST_FAILED', `${CLIENT_ERRORS.REQUEST_FAILED}（${status}）`, status)
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** Message to show for anything a call may throw, including programming errors. */
export function messageOf(error: unknown): string {
  return isApiError(error) ? error.message : CLIENT_ERRORS.REQUEST_FAILED
}
