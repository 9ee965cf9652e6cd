import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParamsSchema } from '@contract/common'
import { extensionForContentType } from '../../../../domain/files/file-formats'
import { maxUploadBytes } from '../../../../domain/files/file-size-limits'
import { CaseFiles } from '../../../../services/storage/case-files'
import type { FileRow, RoomFileRow } from '../../../../services/storage/files-repo'
import { contentDisposition } from '../../../../services/storage/upload-name'
import {
  CaseFilesParamsSchema,
  FileInfoSchema,
  FileListSchema,
  UploadQuerySchema,
  type FileInfo,
} from '@contract/files'

const error = { $ref: 'ErrorResponse' }

const toFileInfo = (row: RoomFileRow): FileInfo => ({
  id: row.id,
  caseId: row.case_id,
  kind: row.kind as FileInfo['kind'],
  contentType: row.content_type,
  size: Number(row.size),
  sha256: row.sha256,
  originalName: row.original_name,
  uploadedBy: row.uploaded_by,
  createdAt: row.created_at,
  url: `/api/v1/files/${row.id}`,
  roomId: row.room_id,
  caucus: row.room_kind === 'caucus',
})

/**
 * Case files: upload (multipart, one part named `file`), list, download. Access follows the case: its
 * parties, its staff and its committee's admins — except files sent in a caucus room (`?roomId=`), which only
 * that room's members list or download. Files are never public: downloads need the bearer token, or a 15-minute signed link (signed-download.ts) the
 * performance view hands to the people entitled to that one receipt photo.
 */
const files: FastifyPluginAsyncTypebox = async (app) => {
  // One file per request; the parser's cap sits one byte above the largest per-kind limit so the
  // per-kind check (which names the limit) always fires first.
  await app.register(multipart, {
    limits: { fileSize: maxUploadBytes() + 1, files: 1, fields: 10, parts: 11, fieldSize: 1024 },
    throwFileSizeLimit: false,
  })
  const { storage, audit, clock } = app.services
  const caseFiles = new CaseFiles(app.database, storage, audit, clock)
  app.addHook('preHandler', app.authenticate)

  app.post(
    '/cases/:caseId/files',
    {
      schema: {
        tags: ['files'],
        summary: 'Upload a file (evidence photo, voice, PDF) to a case',
        consumes: ['multipart/form-data'],
        security: [{ bearer: [] }],
        params: CaseFilesParamsSchema,
        querystring: UploadQuerySchema,
        response: { 201: FileInfoSchema, 400: error, 401: error, 404: error, 409: error, 413: error },
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const receive = async () => {
        if (!request.isMultipart()) return undefined
        const part = await request.file()
        if (!part) return undefined
        return {
          stream: part.file,
          declaredType: part.mimetype,
          filename: part.filename,
          truncated: () => part.file.truncated,
        }
      }
      const allowedKinds = request.query.kind ? [request.query.kind] : undefined
      const row = await caseFiles.upload(request.auth!, request.params.caseId, receive, {
        allowedKinds,
        ip: request.ip,
        roomId: request.query.roomId,
      })
      return reply.status(201).send(toFileInfo(row))
    },
  )

  app.get(
    '/cases/:caseId/files',
    {
      schema: {
        tags: ['files'],
        summary: "List a case's files",
        security: [{ bearer: [] }],
        params: CaseFilesParamsSchema,
        response: { 200: FileListSchema, 401: error, 404: error },
      },
    },
    async (request) => ({ items: (await caseFiles.list(request.auth!, request.params.caseId)).map(toFileInfo) }),
  )

  app.get(
    '/files/:id',
    {
      schema: {
        tags: ['files'],
        summary: 'Download a file (for those who may see its case)',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 304: { description: 'Unchanged (If-None-Match)', type: 'null' }, 401: error, 404: error },
      },
    },
    async (request, reply) => {
      const etag = (row: FileRow) => `"${row.sha256}"`
      const ifNoneMatch = request.headers['if-none-match']
      if (ifNoneMatch) {
        const row = await caseFiles.find(request.auth!, request.params.id)
        if (ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag(row))) {
          return reply.status(304).header('etag', etag(row)).send()
        }
      }
      const { row, object } = await caseFiles.open(request.auth!, request.params.id)
      const extension = extensionForContentType(row.content_type)
      return reply
        .header('content-type', row.content_type)
        .header('content-length', object.size)
        .header('etag', etag(row))
        .header('cache-control', 'private, max-age=86400')
        .header('content-disposition', contentDisposition(`${row.id}.${extension}`, row.original_name))
        .send(object.stream)
    },
  )
}

export default files
