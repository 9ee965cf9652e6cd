import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
import {
  AgreementCommentBodySchema,
  AgreementCommentListSchema,
  AgreementCommentSchema,
  AgreementConfirmBodySchema,
  AgreementContentSchema,
  AgreementDiffQuerySchema,
  AgreementDiffSchema,
  AgreementEditBodySchema,
  AgreementTemplateSchema,
  AgreementVersionListSchema,
  AgreementVersionSchema,
  VersionParamsSchema,
} from '@contract/agreements'
import { AgreementReview } from '../../../../services/agreements/agreement-review'
import { AgreementService } from '../../../../services/agreements/agreement-service'
import { signingFor } from '../../../../services/signing/create-signing'
import signingRoutes from '../signing'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const tags = ['agreements']
const security = bearerSecurity

/**
 * The mediation agreement of a case (人民调解协议书): template, draft, edits as versions with a readable diff,
 * clause comments, each party's confirmation of the final text. Signing routes (signing core) are registered
 * alongside under the same /cases prefix.
 */
const agreements: FastifyPluginAsyncTypebox = async (app) => {
  const { audit, clock } = app.services
  const { documents } = signingFor(app).signing
  const service = new AgreementService(app.database, audit, clock, documents)
  const review = new AgreementReview(app.database, audit, clock, documents, service)
  // Registered first, so this plugin's hook below is not inherited too (the signing routes add their own).
  await app.register(signingRoutes)
  app.addHook('preHandler', app.authenticate)

  app.get(
    '/:id/agreement/template',
    {
      schema: {
        tags,
        security,
        summary: 'The per-type template filled from the case: a starting draft',
        params: IdParamsSchema,
        response: { 200: AgreementTemplateSchema, ...errors },
      },
    },
    async (request) => service.template(request.auth!, request.params.id),
  )

  app.post(
    '/:id/agreement',
    {
      schema: {
        tags,
        security,
        summary: 'First draft (case mediator)',
        params: IdParamsSchema,
        body: AgreementContentSchema,
        response: { 201: AgreementVersionSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.draft(request.auth!, request.params.id, request.body, request.ip)),
  )

  app.put(
    '/:id/agreement',
    {
      schema: {
        tags,
        security,
        summary: 'Edit: a new version on top of baseVersion (case mediator)',
        params: IdParamsSchema,
        body: AgreementEditBodySchema,
        response: { 200: AgreementVersionSchema, ...errors },
      },
    },
    async (request) => {
      const { baseVersion, ...content } = request.body
      return service.edit(request.auth!, request.params.id, content, baseVersion, request.ip)
    },
  )

  app.get(
    '/:id/agreement',
    {
      schema: {
        tags,
        security,
        summary: 'The newest version with its flags and confirmations',
        params: IdParamsSchema,
        response: { 200: AgreementVersionSchema, ...errors },
      },
    },
    async (request) => service.get(request.auth!, request.params.id),
  )

  app.get(
    '/:id/agreement/versions',
    {
      schema: {
        tags,
        security,
        summary: 'Every version, newest first',
        params: IdParamsSchema,
        response: { 200: AgreementVersionListSchema, ...errors },
      },
    },
    async (request) => service.versions(request.auth!, request.params.id),
  )

  app.get(
    '/:id/agreement/versions/:version',
    { schema: { tags, security, params: VersionParamsSchema, response: { 200: AgreementVersionSchema, ...errors } } },
    async (request) => service.get(request.auth!, request.params.id, request.params.version),
  )

  app.get(
    '/:id/agreement/diff',
    {
      schema: {
        tags,
        security,
        summary: 'What changed between two versions, clause by clause',
        params: IdParamsSchema,
        querystring: AgreementDiffQuerySchema,
        response: { 200: AgreementDiffSchema, ...errors },
      },
    },
    async (request) => service.diff(request.auth!, request.params.id, request.query.from, request.query.to),
  )

  app.get(
    '/:id/agreement/comments',
    { schema: { tags, security, params: IdParamsSchema, response: { 200: AgreementCommentListSchema, ...errors } } },
    async (request) => review.comments(request.auth!, request.params.id),
  )

  app.post(
    '/:id/agreement/comments',
    {
      schema: {
        tags,
        security,
        summary: 'Comment on a clause of the newest version, optionally proposing new wording',
        params: IdParamsSchema,
        body: AgreementCommentBodySchema,
        response: { 201: AgreementCommentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await review.comment(request.auth!, request.params.id, request.body, request.ip)),
  )

  app.post(
    '/:id/agreement/confirm',
    {
      schema: {
        tags,
        security,
        summary: 'A party confirms the exact text (its SHA-256) of the newest version',
        params: IdParamsSchema,
        body: AgreementConfirmBodySchema,
        response: { 200: AgreementVersionSchema, ...errors },
      },
    },
    async (request) => review.confirm(request.auth!, request.params.id, request.body, request.ip),
  )
}

export default agreements
