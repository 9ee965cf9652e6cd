import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'

export const FileKindSchema = Type.Union([Type.Literal('image'), Type.Literal('audio'), Type.Literal('pdf')])

export const FileInfoSchema = Type.Object(
  {
    id: Type.String(),
    caseId: Type.Union([Type.String(), Type.Null()]),
    kind: FileKindSchema,
    contentType: Type.String({ description: 'Derived from the file content, not from what the client declared' }),
    size: Type.Integer({ description: 'Bytes' }),
    sha256: Type.String({ description: 'Hex SHA-256 of the stored bytes (integrity evidence)' }),
    originalName: Type.Union([Type.String(), Type.Null()]),
    uploadedBy: Type.String(),
    createdAt: Type.String(),
    url: Type.String({ description: 'Download path; needs the same bearer token' }),
    roomId: Type.Optional(
      Type.Union([Type.String(), Type.Null()], { description: 'The session room it was sent in, if any' }),
    ),
    caucus: Type.Optional(
      Type.Boolean({
        description:
          "Sent in a caucus room (背靠背): only that room's members see it; never put it into anything the whole case sees",
      }),
    ),
  },
  { $id: 'FileInfo' },
)
export type FileInfo = Static<typeof FileInfoSchema>

export const FileListSchema = Type.Object({ items: Type.Array(FileInfoSchema) })
export type FileList = Static<typeof FileListSchema>

export const CaseFilesParamsSchema = Type.Object({ caseId: IdSchema })

export const UploadQuerySchema = Type.Object({
  kind: Type.Optional(FileKindSchema),
  roomId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'A session room of this case the caller may enter; a caucus room keeps the file to its members',
    }),
  ),
})
