import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParamsSchema, OkSchema } from '@contract/common'
import { CaseDocumentListSchema, DocumentParamsSchema } from '@contract/agreements'
import {
  PaperSigningBodySchema,
  SignBodySchema,
  SignCodeBodySchema,
  SignCodeResponseSchema,
  SigningStatusSchema,
  type SignerRole,
} from '@contract/signatures'
import { notFound } from '../../../../lib/app-error'
import { caseRelation } from '../../../../services/cases/case-access'
import { listCaseDocuments } from '../../../../services/agreements/case-documents'
import type { AuthContext } from '../../../../plugins/app/auth'
import { signingFor } from '../../../../services/signing/create-signing'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409, 422, 429)
const tags = ['signing']
const security = bearerSecurity
const SealBodySchema = Type.Omit(SignBodySchema, ['as'], { description: 'the committee seal: signed as "committee"' })
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`

/**
 * Logged-in signing of a case's confirmed documents (agreement or record), calling the signing core: status,
 * SMS code, sign, the committee seal, paper signing (ESL art 3), the sealed PDF and the case bundle.
 * Registered under /cases by the agreements plugin.
 */
const signingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { signing, bundles } = signingFor(app)
  app.addHook('preHandler', app.authenticate)

  /** The document, if it belongs to this case and the user may see the case (else the same 404). */
  const documentOf = async (auth: AuthContext, caseId: string, documentRowId: string) => {
    const doc = await signing.readableDocument(auth, documentRowId)
    if (doc.case_id !== caseId) throw notFound('DOCUMENT_NOT_FOUND', '文书不存在或您无权查看')
    return doc
  }
  const signOf = (request: { ip: string; headers: Record<string, unknown> }) => ({
    ip: request.ip ?? null,
    userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'].slice(0, 400) : null,
  })

  app.get(
    '/:id/documents',
    {
      schema: {
        tags,
        security,
        summary: 'The case’s signable documents (every version) and their signing progress',
        params: IdParamsSchema,
        response: { 200: CaseDocumentListSchema, ...errors },
      },
    },
    async (request) => {
      if (!(await caseRelation(app.database, request.auth!, request.params.id))) {
        throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
      }
      return listCaseDocuments(app.database, request.params.id)
    },
  )

  app.get(
    '/:id/documents/:documentRowId/signing',
    {
      schema: {
        tags,
        security,
        summary: 'Signing status: stage, events, effective time, verification code',
        params: DocumentParamsSchema,
        response: { 200: SigningStatusSchema, ...errors },
      },
    },
    async (request) => {
      await documentOf(request.auth!, request.params.id, request.params.documentRowId)
      return signing.status(request.auth!, request.params.documentRowId)
    },
  )

  app.post(
    '/:id/documents/:documentRowId/signing/code',
    {
      schema: {
        tags,
        security,
        summary: 'Send the signing SMS code to the signer’s verified phone',
        params: DocumentParamsSchema,
        body: SignCodeBodySchema,
        response: { 200: SignCodeResponseSchema, ...errors },
      },
    },
    async (request) => {
      await documentOf(request.auth!, request.params.id, request.params.documentRowId)
      return signing.requestCode(request.auth!, request.params.documentRowId, request.body.as)
    },
  )

  const sign = async (
    auth: AuthContext,
    params: { id: string; documentRowId: string },
    body: { documentSha256: string; code: string; signatureImage: string },
    as: SignerRole,
    meta: { ip: string | null; userAgent: string | null },
  ) => {
    await documentOf(auth, params.id, params.documentRowId)
    return signing.sign(auth, { documentRowId: params.documentRowId, as, ...body, ...meta })
  }

  app.post(
    '/:id/documents/:documentRowId/signing/sign',
    {
      schema: {
        tags,
        security,
        summary: 'Sign the confirmed version (party or mediator)',
        params: DocumentParamsSchema,
        body: SignBodySchema,
        response: { 200: SigningStatusSchema, ...errors },
      },
    },
    async (request) => {
      const { as, ...body } = request.body
      return sign(request.auth!, request.params, body, as, signOf(request))
    },
  )

  app.post(
    '/:id/documents/:documentRowId/signing/seal',
    {
      schema: {
        tags,
        security,
        summary: 'Apply the committee seal (committee admin), last: the document takes effect',
        params: DocumentParamsSchema,
        body: SealBodySchema,
        response: { 200: SigningStatusSchema, ...errors },
      },
    },
    async (request) => sign(request.auth!, request.params, request.body, 'committee', signOf(request)),
  )

  app.post(
    '/:id/documents/:documentRowId/signing/paper',
    {
      schema: {
        tags,
        security,
        summary: 'Record that the paper document was signed offline (ESL art 3; case mediator)',
        params: DocumentParamsSchema,
        body: PaperSigningBodySchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await documentOf(request.auth!, request.params.id, request.params.documentRowId)
      await signing.recordPaperSigning(request.auth!, request.params.documentRowId, request.body.note, request.ip)
      return { ok: true as const }
    },
  )

  app.get(
    '/:id/documents/:documentRowId/signed.pdf',
    {
      schema: {
        tags,
        security,
        summary: 'The sealed final PDF (signatures, seal, audit-trail page)',
        params: DocumentParamsSchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const doc = await documentOf(request.auth!, request.params.id, request.params.documentRowId)
      const pdf = await signing.sealedPdf(request.auth!, doc.id)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(`${doc.title}-v${doc.version}.pdf`))
        .send(pdf)
    },
  )

  app.get(
    '/:id/bundle',
    {
      schema: {
        tags,
        security,
        summary: 'The case bundle (tar): PDFs, evidence, audit JSON, sealed manifest, public key',
        params: IdParamsSchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { fileName, tar } = await bundles.build(request.auth!, request.params.id)
      return reply
        .header('content-type', 'application/x-tar')
        .header('content-disposition', attachment(fileName))
        .send(tar)
    },
  )
}

export default signingRoutes
