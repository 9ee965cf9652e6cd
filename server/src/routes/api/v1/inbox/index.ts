import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
import {
  InboxSchema,
  ServeBodySchema,
  ServedDocumentSchema,
  ServedParamsSchema,
  ServiceAddressBodySchema,
  ServiceAddressSchema,
} from '@contract/service'
import { Type } from '@sinclair/typebox'
import { judicialDeps } from '../../../../services/judicial/judicial-deps'
import { bearerSecurity, errorResponses } from '../error-responses'

const errors = errorResponses(400, 401, 403, 404, 409)
const tags = ['service']
const security = bearerSecurity
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`

/**
 * Electronic service (电子送达, CPL 90): each user's inbox of served documents with receipts, the PDF
 * download, staff views of a case's receipts, serving by staff, and the party's service-address confirmation.
 */
const inbox: FastifyPluginAsyncTypebox = async (app) => {
  const { documents, addresses } = judicialDeps(app)
  app.addHook('preHandler', app.authenticate)

  app.get(
    '/',
    { schema: { tags, security, summary: 'My served documents', response: { 200: InboxSchema, ...errors } } },
    async (request) => documents.inbox(request.auth!),
  )

  app.post(
    '/:servedId/open',
    {
      schema: {
        tags,
        security,
        summary: 'Open a served document (the first open is the receipt)',
        params: ServedParamsSchema,
        response: { 200: ServedDocumentSchema, ...errors },
      },
    },
    async (request) => documents.open(request.auth!, request.params.servedId),
  )

  app.get(
    '/:servedId/pdf',
    {
      schema: {
        tags,
        security,
        summary: 'Download the served PDF (counts as opening)',
        params: ServedParamsSchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { title, pdf } = await documents.pdf(request.auth!, request.params.servedId)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(`${title}.pdf`))
        .send(pdf)
    },
  )

  app.get(
    '/cases/:id/receipts',
    {
      schema: {
        tags,
        security,
        summary: 'Every party’s receipts for a case (staff)',
        params: IdParamsSchema,
        response: { 200: Type.Object({ items: Type.Array(ServedDocumentSchema) }), ...errors },
      },
    },
    async (request) => documents.receipts(request.auth!, request.params.id),
  )

  app.post(
    '/cases/:id/serve',
    {
      schema: {
        tags,
        security,
        summary: 'Serve the sealed agreement or a case PDF (record, notice) to every party (staff)',
        params: IdParamsSchema,
        body: ServeBodySchema,
        response: { 200: Type.Object({ served: Type.Integer() }), ...errors },
      },
    },
    async (request) => documents.serveByStaff(request.auth!, request.params.id, request.body),
  )

  app.put(
    '/cases/:id/service-address',
    {
      schema: {
        tags,
        security,
        summary: '送达地址确认书: accept the in-app inbox and this phone as the service address',
        params: IdParamsSchema,
        body: ServiceAddressBodySchema,
        response: { 200: Type.Object({ items: Type.Array(ServiceAddressSchema) }), ...errors },
      },
    },
    async (request) => ({
      items: await addresses.confirmAddress(request.auth!, request.params.id, request.body, request.ip),
    }),
  )

  app.get(
    '/cases/:id/service-address',
    {
      schema: {
        tags,
        security,
        summary: 'My confirmed service address for a case',
        params: IdParamsSchema,
        response: { 200: Type.Object({ items: Type.Array(ServiceAddressSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await addresses.addresses(request.auth!, request.params.id) }),
  )
}

export default inbox
