import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParamsSchema } from '@contract/common'
import { extensionForContentType } from '../../../../domain/files/file-formats'
import { AppError, forbidden, notFound } from '../../../../lib/app-error'
import { fileLinkKey, SignedFileLinks } from '../../../../services/performance/signed-file-links'
import { FilesRepo } from '../../../../services/storage/files-repo'
import { contentDisposition } from '../../../../services/storage/upload-name'

const error = { $ref: 'ErrorResponse' }

const SignedQuerySchema = Type.Object({
  expires: Type.Integer({
    minimum: 0,
    maximum: 253_402_300_799,
    description: 'Unix seconds after which the link stops working (at most 9999-12-31)',
  }),
  signature: Type.String({ minLength: 1, maxLength: 128 }),
})

const fileNotFound = () => notFound('FILE_NOT_FOUND', '文件不存在或已被删除')

/**
 * Downloads one file through a short-lived signed link (no bearer token), for places that cannot send one,
 * such as a mini-program <Image>. The link is valid for that file only and only until it expires; the
 * service that signed it decided who may have it.
 */
const signedDownload: FastifyPluginAsyncTypebox = async (app) => {
  const { storage, clock } = app.services
  const links = new SignedFileLinks(fileLinkKey(app.config), clock)
  const repo = new FilesRepo(app.database)

  app.get(
    '/files/:id/signed',
    {
      schema: {
        tags: ['files'],
        summary: 'Download a file through a signed, short-lived link',
        params: IdParamsSchema,
        querystring: SignedQuerySchema,
        response: { 400: error, 403: error, 404: error },
      },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { expires, signature } = request.query
      const check = links.check(request.params.id, expires, signature)
      if (!check.ok) {
        throw check.reason === 'expired'
          ? forbidden('FILE_LINK_EXPIRED', '图片链接已过期，请刷新页面后重试')
          : forbidden('FILE_LINK_INVALID', '图片链接无效')
      }
      const row = await repo.findById(request.params.id)
      if (!row) throw fileNotFound()
      let object
      try {
        object = await storage.get(row.storage_key)
      } catch (caught) {
        if (caught instanceof AppError && caught.code === 'STORAGE_FILE_NOT_FOUND') throw fileNotFound()
        throw caught
      }
      return reply
        .header('content-type', row.content_type)
        .header('content-length', object.size)
        .header('etag', `"${row.sha256}"`)
        .header('cache-control', `private, max-age=${links.secondsLeft(expires)}`)
        .header('cross-origin-resource-policy', 'same-site')
        .header(
          'content-disposition',
          contentDisposition(`${row.id}.${extensionForContentType(row.content_type)}`, row.original_name),
        )
        .send(object.stream)
    },
  )
}

export default signedDownload
