import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParamsSchema } from '@contract/common'
import { OrganisationQuerySchema, OrganisationSchema, RegionSchema } from '@contract/organisations'
import { notFound } from '../../../../lib/app-error'

/** Public read endpoints: which committees, police stations and courts exist and which areas they serve. */
const organisations: FastifyPluginAsyncTypebox = async (app) => {
  const repo = app.services.organisations

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        querystring: OrganisationQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(OrganisationSchema) }) },
      },
    },
    async (request) => ({ items: await repo.list(request.query) }),
  )

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        params: IdParamsSchema,
        response: { 200: OrganisationSchema, 404: { $ref: 'ErrorResponse' } },
      },
    },
    async (request) => {
      const org = await repo.get(request.params.id)
      if (!org || !org.active) throw notFound('ORGANISATION_NOT_FOUND', '机构不存在')
      return org
    },
  )

  app.get(
    '/regions',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Region tree, one level at a time (omit parentCode for all)',
        querystring: Type.Object({ parentCode: Type.Optional(Type.String()) }),
        response: { 200: Type.Object({ items: Type.Array(RegionSchema) }) },
      },
    },
    async (request) => ({ items: await repo.regions(request.query.parentCode) }),
  )
}

export default organisations
