export interface ErrorDetail {
  field?: string
  message: string
}

/**
 * The one error type routes and services throw. `code` is stable for programs; `message` is Chinese and
 * safe to show to users. The error handler turns it into `{ code, message, details? }`.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const badRequest = (code: string, message: string, details?: ErrorDetail[]) =>
  new AppError(400, code, message, details)
export const unauthorized = (code = 'AUTH_REQUIRED', message = '请先登录') => new AppError(401, code, message)
export const forbidden = (code = 'FORBIDDEN', message = '您没有权限进行此操作') => new AppError(403, code, message)
export const notFound = (code = 'NOT_FOUND', message = '您要找的内容不存在') => new AppError(404, code, message)
export const conflict = (code: string, message: string) => new AppError(409, code, message)
export const tooManyRequests = (code: string, message: string) => new AppError(429, code, message)
export const serviceUnavailable = (code: string, message: string) => new AppError(503, code, message)
