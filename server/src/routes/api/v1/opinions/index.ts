import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParamsSchema, IdSchema, VersionNumberSchema } from '@contract/common'
import { OpinionGenerateBodySchema, OpinionSchema, OpinionVersionListSchema } from '@contract/opinions'
import { notFound } from '../../../../lib/app-error'
import { caseRelation } from '../../../../services/cases/case-access'
import type { AuthContext } from '../../../../plugins/app/auth'
import { buildOpinion } from '../../../../domain/opinion/build-opinion'
import { renderOpinionPdf } from '../../../../documents/pdf/opinion-pdf'
import { chineseFonts } from '../../../../documents/pdf/fonts'
import { caseToOpinionInput } from '../../../../services/opinions/case-to-opinion-input'
import { loadCaseForOpinion } from '../../../../services/opinions/load-case'
import { OpinionsRepo } from '../../../../services/opinions/opinions-repo'
import { RegionalFiguresRepo } from '../../../../services/regional-figures/regional-figures-repo'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 404, 422)
const VersionParamsSchema = Type.Object({ id: IdSchema, version: VersionNumberSchema })

/**
 * Legal opinions of a case (法律意见书): generated from the case facts and the statutory calculators, kept as
 * versions, readable as JSON (the mini-program page) and downloadable as PDF. Parties and the case's staff only.
 */
const opinions: FastifyPluginAsyncTypebox = async (app) => {
  const repo = new OpinionsRepo(app.database)
  const figures = new RegionalFiguresRepo(app.database)
  const { audit, clock } = app.services
  app.addHook('preHandler', app.authenticate)
  // Parse the fonts at start so the first download does not pay for it.
  app.addHook('onReady', async () => void chineseFonts())

  const checkAccess = async (auth: AuthContext, caseId: string) => {
    if (!(await caseRelation(app.database, auth, caseId))) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
  }
  const loadOpinion = async (caseId: string, version?: number) => {
    const opinion = await repo.find(caseId, version)
    if (!opinion) throw notFound('OPINION_NOT_FOUND', '该案件尚未生成法律意见书')
    return opinion
  }

  app.post(
    '/:id/opinions',
    {
      schema: {
        tags: ['opinions'],
        summary: 'Generate a new version of the legal opinion from the case facts (and optional calculator inputs)',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: OpinionGenerateBodySchema,
        response: { 201: OpinionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const caseId = request.params.id
      await checkAccess(request.auth!, caseId)
      const record = await loadCaseForOpinion(app.database, caseId)
      if (!record) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
      const input = caseToOpinionInput(record, request.body, clock.now())
      const regions = input.calculations.map((c) => c.input as { region?: string; year?: number })
      const lookups = await Promise.all(regions.map((r) => figures.lookupFor(r.region, r.year)))
      const document = buildOpinion(input, {
        figures: (region, year, kind) => lookups.map((lookup) => lookup(region, year, kind)).find(Boolean),
      })
      const opinion = await app.database.transaction(async (tx) => {
        const created = await repo.create(tx, caseId, document, request.auth!.userId, clock.now())
        await audit.append(tx, {
          actorUserId: request.auth!.userId,
          action: 'opinion.generate',
          entityType: 'case',
          entityId: caseId,
          data: { version: created.version, total: document.total.amount, generator: document.generatorVersion },
          ip: request.ip,
        })
        return created
      })
      return reply.status(201).send(opinion)
    },
  )

  app.get(
    '/:id/opinions',
    {
      schema: {
        tags: ['opinions'],
        summary: 'Versions of the legal opinion, newest first',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: OpinionVersionListSchema, ...errors },
      },
    },
    async (request) => {
      await checkAccess(request.auth!, request.params.id)
      return repo.versions(request.params.id)
    },
  )

  app.get(
    '/:id/opinions/latest',
    {
      schema: {
        tags: ['opinions'],
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: OpinionSchema, ...errors },
      },
    },
    async (request) => {
      await checkAccess(request.auth!, request.params.id)
      return loadOpinion(request.params.id)
    },
  )

  app.get(
    '/:id/opinions/:version',
    {
      schema: {
        tags: ['opinions'],
        security: [{ bearer: [] }],
        params: VersionParamsSchema,
        response: { 200: OpinionSchema, ...errors },
      },
    },
    async (request) => {
      await checkAccess(request.auth!, request.params.id)
      return loadOpinion(request.params.id, request.params.version)
    },
  )

  app.get(
    '/:id/opinions/:version/pdf',
    {
      schema: {
        tags: ['opinions'],
        summary: 'The opinion as PDF (Chinese font embedded and subset)',
        security: [{ bearer: [] }],
        params: VersionParamsSchema,
        response: { ...errors },
      },
    },
    async (request, reply) => {
      await checkAccess(request.auth!, request.params.id)
      const opinion = await loadOpinion(request.params.id, request.params.version)
      const pdf = await renderOpinionPdf(opinion.document)
      const filename = encodeURIComponent(`法律意见书-${opinion.document.caseNumber}-v${opinion.version}.pdf`)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
        .send(pdf)
    },
  )
}

export default opinions
