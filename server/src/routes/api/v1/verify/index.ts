import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import multipart from '@fastify/multipart'
import { PublicKeySchema, VerifyResultSchema, type VerifyResult } from '@contract/signatures'
import { badRequest } from '../../../../lib/app-error'
import { signingFor } from '../../../../services/signing/create-signing'
import type { PublicVerification } from '../../../../services/signing/verification-service'
import { errorResponses } from '../error-responses'

const MAX_PDF_BYTES = 20 * 1024 * 1024
const errors = errorResponses(400, 413, 429)
const inputMissing = () =>
  badRequest('VERIFY_INPUT_MISSING', '请上传已签署的 PDF 文件，或输入验证码', [
    { field: 'file', message: '请上传 PDF 文件或填写验证码' },
  ])

function toResult(v: PublicVerification): VerifyResult {
  return {
    valid: v.valid,
    code: v.problem?.code ?? null,
    reason: v.problem?.reason ?? null,
    eventIndex: v.problem?.eventIndex ?? null,
    expectedHash: v.problem?.expected ?? null,
    actualHash: v.problem?.actual ?? null,
    document: v.document,
    signers: v.signers,
    keyFingerprint: v.keyFingerprint,
  }
}

/**
 * Public document verification (no login, rate-limited): upload a signed PDF (multipart field `file`) or send
 * `{ code }`. The answer says valid / invalid and why: which check failed, which event, which hash.
 */
const verify: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { files: 1, fileSize: MAX_PDF_BYTES, fields: 2 } })
  const { verification, key } = signingFor(app)
  const rateLimit = { max: 20, timeWindow: '1 minute' }

  app.post(
    '/',
    {
      config: { rateLimit },
      schema: {
        tags: ['verify'],
        summary: 'Verify a signed document: multipart PDF upload (field "file") or JSON { code }',
        consumes: ['multipart/form-data', 'application/json'],
        response: { 200: VerifyResultSchema, ...errors },
      },
    },
    async (request) => {
      if (request.isMultipart()) {
        const part = await request.file()
        if (!part) throw inputMissing()
        const bytes = await part.toBuffer()
        if (part.file.truncated)
          throw badRequest('FILE_TOO_LARGE', '文件太大，请上传平台出具的 PDF 原件', [
            { field: 'file', message: '文件超过 20MB' },
          ])
        return toResult(await verification.verifyFile(bytes))
      }
      const code = (request.body as { code?: unknown } | undefined)?.code
      if (typeof code !== 'string' || !code.trim()) throw inputMissing()
      return toResult(await verification.verifyCode(code))
    },
  )

  app.get(
    '/public-key',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['verify'],
        summary: 'The platform Ed25519 public key that seals signing records',
        response: { 200: PublicKeySchema },
      },
    },
    async () => ({ algorithm: 'Ed25519' as const, fingerprint: key.fingerprint, pem: key.publicKeyPem }),
  )
}

export default verify
