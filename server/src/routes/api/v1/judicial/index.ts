import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema, IdSchema } from '@contract/common'
import {
  ApplicationBodySchema,
  ApplicationIdParamsSchema,
  DecisionBodySchema,
  FileApplicationBodySchema,
  JudicialApplicationSchema,
  JudicialQueueQuerySchema,
  JudicialQueueSchema,
  MaterialRequestBodySchema,
  ReadinessQuerySchema,
  ReadinessSchema,
  SupplyMaterialsBodySchema,
} from '@contract/judicial'
import { Type } from '@sinclair/typebox'
import { ApplicationService } from '../../../../services/judicial/application-service'
import { extensionForContentType } from '../../../../domain/files/file-formats'
import { CourtFiles } from '../../../../services/judicial/court-files'
import { CourtService } from '../../../../services/judicial/court-service'
import { judicialDeps } from '../../../../services/judicial/judicial-deps'
import { MaterialSupply } from '../../../../services/judicial/material-supply'
import { contentDisposition } from '../../../../services/storage/upload-name'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const tags = ['judicial']
const security = bearerSecurity
const ok = (schema: typeof JudicialApplicationSchema) => ({ 200: schema, ...errors })

/**
 * Judicial confirmation (司法确认, CPL 205–206; PML 33): readiness, the joint application and the parties'
 * confirmations under /judicial/cases/:id; the court clerk's queue and decisions under /judicial/applications.
 */
const judicial: FastifyPluginAsyncTypebox = async (app) => {
  const deps = judicialDeps(app)
  const parties = new ApplicationService(deps)
  const court = new CourtService(deps)
  const materials = new MaterialSupply(deps)
  const courtFiles = new CourtFiles(deps)
  const clerkOnly = { preHandler: app.requireRoles('court_clerk') }

  app.get(
    '/cases/:id/readiness',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'Readiness checks, each with its article, and the competent courts',
        params: IdParamsSchema,
        querystring: ReadinessQuerySchema,
        response: { 200: ReadinessSchema, ...errors },
      },
    },
    async (request) => parties.check(request.auth!, request.params.id, request.query.invitingCourtId),
  )

  app.post(
    '/cases/:id/application',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'Prepare the joint application (司法确认申请书) with its attachments',
        params: IdParamsSchema,
        body: ApplicationBodySchema,
        response: { 201: JudicialApplicationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await parties.create(request.auth!, request.params.id, request.body, request.ip)),
  )

  app.get(
    '/cases/:id/application',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'The case’s application',
        params: IdParamsSchema,
        response: ok(JudicialApplicationSchema),
      },
    },
    async (request) => parties.get(request.auth!, request.params.id),
  )

  app.post(
    '/cases/:id/application/confirm',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'A party confirms; the last one submits to the court',
        params: IdParamsSchema,
        response: ok(JudicialApplicationSchema),
      },
    },
    async (request) => parties.confirm(request.auth!, request.params.id, request.ip),
  )

  app.post(
    '/cases/:id/application/material-requests/:requestId/supply',
    {
      preHandler: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'A party supplies the materials the court asked for (files uploaded to the case)',
        params: Type.Object({ id: Type.String(), requestId: Type.String() }),
        body: SupplyMaterialsBodySchema,
        response: ok(JudicialApplicationSchema),
      },
    },
    async (request) =>
      materials.supply(request.auth!, request.params.id, request.params.requestId, request.body.fileIds, request.ip),
  )

  app.get(
    '/queue',
    {
      ...clerkOnly,
      schema: {
        tags,
        security,
        summary: 'The clerk’s court queue',
        querystring: JudicialQueueQuerySchema,
        response: { 200: JudicialQueueSchema, ...errors },
      },
    },
    async (request) => court.queue(request.auth!, request.query.status),
  )

  app.get(
    '/applications/:applicationId',
    {
      ...clerkOnly,
      schema: {
        tags,
        security,
        summary: 'One application (court)',
        params: ApplicationIdParamsSchema,
        response: ok(JudicialApplicationSchema),
      },
    },
    async (request) => court.get(request.auth!, request.params.applicationId),
  )

  app.get(
    '/applications/:applicationId/files/:fileId',
    {
      ...clerkOnly,
      schema: {
        tags,
        security,
        summary:
          'Download one of the application’s files (申请书, ID proofs, supplied materials, ruling), from submission on',
        params: Type.Object({ applicationId: IdSchema, fileId: IdSchema }),
        response: errors,
      },
    },
    async (request, reply) => {
      const file = await courtFiles.open(request.auth!, request.params.applicationId, request.params.fileId)
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.object.size)
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, max-age=86400')
        .header(
          'content-disposition',
          contentDisposition(`${file.fileId}.${extensionForContentType(file.contentType)}`, file.originalName),
        )
        .send(file.object.stream)
    },
  )

  app.get(
    '/applications/:applicationId/agreement.pdf',
    {
      ...clerkOnly,
      schema: {
        tags,
        security,
        summary: 'The sealed mediation agreement the application asks to confirm, from submission on',
        params: ApplicationIdParamsSchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await courtFiles.agreementPdf(request.auth!, request.params.applicationId)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(pdf)
    },
  )

  app.post(
    '/applications/:applicationId/file',
    {
      ...clerkOnly,
      schema: {
        tags,
        security,
        summary: 'File (立案) with the court case number; starts the decision deadline',
        params: ApplicationIdParamsSchema,
        body: FileApplicationBodySchema,
        response: ok(JudicialApplicationSchema),
      },
    },
    async (request) =>
      court.file(request.auth!, request.params.applicationId, request.body.courtCaseNumber, request.ip),
  )

  app.post(
    '/applications/:applicationId/material-requests',
    {
      ...clerkOnly,
      schema: {
        tags,
        security,
        summary: 'Ask the parties for more materials',
        params: ApplicationIdParamsSchema,
        body: MaterialRequestBodySchema,
        response: ok(JudicialApplicationSchema),
      },
    },
    async (request) => court.requestMaterials(request.auth!, request.params.applicationId, request.body, request.ip),
  )

  app.post(
    '/applications/:applicationId/decision',
    {
      ...clerkOnly,
      schema: {
        tags,
        security,
        summary: 'Rule the agreement valid or reject the application (民事裁定书, served)',
        params: ApplicationIdParamsSchema,
        body: DecisionBodySchema,
        response: ok(JudicialApplicationSchema),
      },
    },
    async (request) => court.decide(request.auth!, request.params.applicationId, request.body, request.ip),
  )
}

export default judicial
