import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
import {
  ConfirmRecordBodySchema,
  FailureRoutesSchema,
  MediationRecordSchema,
  RecordPdfQuerySchema,
  RecordVersionListSchema,
  RecordVersionParamsSchema,
  SaveRecordBodySchema,
} from '@contract/mediation-record'
import { failureRoutesFor } from '../../../../services/mediation-record/failure-routes-service'
import { recordDeps } from '../../../../services/mediation-record/record-deps'
import { RecordService } from '../../../../services/mediation-record/record-service'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const tags = ['mediation-record']
const security = bearerSecurity

/**
 * The mediation record of a case (调解笔录, legal-reference §6.2): generated, edited as versions by the case's
 * mediator, confirmed online by every party and the mediator, served as PDF when all confirmed; and the routes
 * left to the parties when mediation fails (PML 26). Registered under /cases.
 */
const mediationRecord: FastifyPluginAsyncTypebox = async (app) => {
  const deps = recordDeps(app)
  const service = new RecordService(deps)
  app.addHook('preHandler', app.authenticate)

  app.get(
    '/:id/mediation-record',
    {
      schema: {
        tags,
        security,
        summary: 'The latest version of the record, with who has confirmed it and when',
        params: IdParamsSchema,
        response: { 200: MediationRecordSchema, ...errors },
      },
    },
    async (request) => service.latest(request.auth!, request.params.id),
  )

  app.post(
    '/:id/mediation-record',
    {
      schema: {
        tags,
        security,
        summary: "Mediator: generate a new version from the case, the session's party messages and the fact sheet",
        params: IdParamsSchema,
        response: { 201: MediationRecordSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.generate(request.auth!, request.params.id, request.ip)),
  )

  app.put(
    '/:id/mediation-record',
    {
      schema: {
        tags,
        security,
        summary: 'Mediator: save edits as a new version; earlier confirmations lapse and the parties are asked again',
        params: IdParamsSchema,
        body: SaveRecordBodySchema,
        response: { 200: MediationRecordSchema, ...errors },
      },
    },
    async (request) => service.save(request.auth!, request.params.id, request.body, request.ip),
  )

  app.get(
    '/:id/mediation-record/versions',
    {
      schema: {
        tags,
        security,
        summary: 'Version history of the record',
        params: IdParamsSchema,
        response: { 200: RecordVersionListSchema, ...errors },
      },
    },
    async (request) => service.versions(request.auth!, request.params.id),
  )

  app.get(
    '/:id/mediation-record/versions/:version',
    {
      schema: {
        tags,
        security,
        summary: 'One version of the record',
        params: RecordVersionParamsSchema,
        response: { 200: MediationRecordSchema, ...errors },
      },
    },
    async (request) => service.version(request.auth!, request.params.id, request.params.version),
  )

  app.post(
    '/:id/mediation-record/confirm',
    {
      schema: {
        tags,
        security,
        summary: 'A party or the mediator confirms the latest version (409 RECORD_VERSION_STALE otherwise)',
        params: IdParamsSchema,
        body: ConfirmRecordBodySchema,
        response: { 200: MediationRecordSchema, ...errors },
      },
    },
    async (request) => service.confirm(request.auth!, request.params.id, request.body, request.ip),
  )

  app.get(
    '/:id/mediation-record/pdf',
    {
      schema: {
        tags,
        security,
        summary: 'The record as PDF (Chinese font embedded); the served PDF once everyone confirmed',
        params: IdParamsSchema,
        querystring: RecordPdfQuerySchema,
        response: { ...errors },
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await service.pdf(request.auth!, request.params.id, request.query.version)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(pdf)
    },
  )

  app.get(
    '/:id/failure-routes',
    {
      schema: {
        tags,
        security,
        summary: 'Routes left to each party when mediation fails (PML 26), per dispute type, with articles and limits',
        params: IdParamsSchema,
        response: { 200: FailureRoutesSchema, ...errors },
      },
    },
    async (request) => failureRoutesFor(app.database, request.auth!, request.params.id, app.services.clock.now()),
  )
}

export default mediationRecord
