import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
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
import { CourtService } from '../../../../services/judicial/court-service'
import { judicialDeps } from '../../../../services/judicial/judicial-deps'
import { MaterialSupply } from '../../../../services/judicial/material-supply'

const errors = {
  400: { $ref: 'ErrorResponse' },
  401: { $ref: 'ErrorResponse' },
  403: { $ref: 'ErrorResponse' },
  404: { $ref: 'ErrorResponse' },
  409: { $ref: 'ErrorResponse' },
}
const tags = ['judicial']
const security = [{ bearer: [] }]
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
    async (request) =>
      court.requestMaterials(request.auth!, request.params.applicationId, request.body.message, request.ip),
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
