import { Type, type Static } from '@sinclair/typebox'
import { IdSchema, PhoneSchema } from './common'

export const ServedKindSchema = Type.Union([
  Type.Literal('record'),
  Type.Literal('agreement'),
  Type.Literal('application'),
  Type.Literal('ruling'),
  Type.Literal('notice'),
])
export type ServedKind = Static<typeof ServedKindSchema>

export const ServedDocumentSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  partyName: Type.String(),
  kind: ServedKindSchema,
  title: Type.String(),
  sha256: Type.String(),
  servedAt: Type.String({ description: '送达时间：到达受送达人的站内送达箱' }),
  openedAt: Type.Union([Type.String(), Type.Null()], { description: '首次打开（回执）' }),
  /** OLR 31: complete on arrival at a confirmed address; otherwise when first opened. */
  serviceCompletedAt: Type.Union([Type.String(), Type.Null()]),
  addressConfirmed: Type.Boolean(),
})
export type ServedDocument = Static<typeof ServedDocumentSchema>

export const InboxSchema = Type.Object({ items: Type.Array(ServedDocumentSchema), unopened: Type.Integer() })
export type Inbox = Static<typeof InboxSchema>

export const ServeBodySchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('record'), Type.Literal('agreement'), Type.Literal('notice')]),
    title: Type.String({ minLength: 2, maxLength: 100 }),
    documentRowId: Type.Optional(IdSchema),
    fileId: Type.Optional(IdSchema),
  },
  { additionalProperties: false },
)
export type ServeBody = Static<typeof ServeBodySchema>

export const ServiceAddressBodySchema = Type.Object(
  {
    phone: PhoneSchema,
    consent: Type.Literal(true, { description: '同意以站内送达箱和手机号码作为送达地址（送达地址确认书）' }),
  },
  { additionalProperties: false },
)
export type ServiceAddressBody = Static<typeof ServiceAddressBodySchema>

export const ServiceAddressSchema = Type.Object({
  caseId: Type.String(),
  partyId: Type.String(),
  channels: Type.Array(Type.String()),
  phone: Type.String(),
  confirmedAt: Type.String(),
})
export type ServiceAddress = Static<typeof ServiceAddressSchema>

export const ServedParamsSchema = Type.Object({ servedId: IdSchema })
