import fp from 'fastify-plugin'
import type { FastifyError } from 'fastify'
import { AppError, type ErrorDetail } from '../../lib/app-error'
import { databaseErrorToAppError } from './database-errors'
import { isMultipartParseError } from './client-errors'

const KEYWORD_MESSAGES: Record<string, string> = {
  required: '必须填写',
  pattern: '格式不正确',
  format: '格式不正确',
  minLength: '内容太短',
  maxLength: '内容太长',
  minimum: '数值太小',
  maximum: '数值太大',
  exclusiveMinimum: '数值太小',
  exclusiveMaximum: '数值太大',
  type: '类型不正确',
  enum: '不是允许的取值',
  const: '不是允许的取值',
  anyOf: '不是允许的取值',
  minItems: '至少需要填写一项',
  maxItems: '项目太多',
  additionalProperties: '包含不允许的字段',
  finite: '必须是有效的数字',
}

interface AjvIssue {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
}

/** Turns an ajv issue into `{ field, message }`, naming the field as the client sent it (e.g. `periods.0.days`). */
function toDetail(issue: AjvIssue): ErrorDetail {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.')
  const missing = issue.keyword === 'required' ? String(issue.params.missingProperty ?? '') : ''
  const field = [path, missing].filter(Boolean).join('.') || undefined
  return { field, message: KEYWORD_MESSAGES[issue.keyword] ?? '内容不正确' }
}

/**
 * One error shape for every failure: `{ code, message, details? }` with a Chinese message.
 * 5xx responses never carry internals (stack, SQL); those go to the log only.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      if (error instanceof AppError) {
        const body = { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) }
        return reply.status(error.statusCode).send(body)
      }
      const fastifyError = error as FastifyError & { validation?: AjvIssue[] }
      if (fastifyError.validation) {
        const details = fastifyError.validation.map(toDetail)
        const first = details[0]
        const message = first?.field ? `${first.field}：${first.message}` : '请求内容不正确'
        return reply.status(400).send({ code: 'VALIDATION_FAILED', message, details })
      }
      const status = fastifyError.statusCode ?? 500
      if (status === 413 || fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大，请删减后重试' })
      }
      if (status === 429) {
        return reply.status(429).send({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' })
      }
      if (status === 415) {
        return reply.status(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容格式' })
      }
      if (status >= 400 && status < 500) {
        const code = status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST'
        return reply.status(status).send({ code, message: status === 404 ? '您要找的内容不存在' : '请求内容不正确' })
      }
      if (isMultipartParseError(error, request)) {
        return reply
          .status(400)
          .send({ code: 'MULTIPART_INVALID', message: '上传的内容不完整或格式不正确，请重新选择文件上传' })
      }
      const fromDatabase = databaseErrorToAppError(error)
      if (fromDatabase) {
        request.log.warn({ err: error, code: fromDatabase.code }, 'database refused the request')
        return reply.status(fromDatabase.statusCode).send({ code: fromDatabase.code, message: fromDatabase.message })
      }
      request.log.error({ err: error }, 'unhandled error')
      return reply.status(500).send({ code: 'INTERNAL_ERROR', message: '服务器开小差了，请稍后再试' })
    })

    app.setNotFoundHandler((request, reply) => {
      reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: '您要找的内容不存在' })
    })
  },
  { name: 'errors' },
)
