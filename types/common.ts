import { Type, type Static, type TSchema } from '@sinclair/typebox'

/** The one error shape every endpoint returns on failure. */
export const ErrorResponseSchema = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable code, e.g. AUTH_CODE_INVALID' }),
    message: Type.String({ description: 'Chinese message safe to show to the user' }),
    details: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.Optional(Type.String()),
          message: Type.String(),
        }),
      ),
    ),
  },
  { $id: 'ErrorResponse' },
)
export type ErrorResponse = Static<typeof ErrorResponseSchema>

export const IdSchema = Type.String({ minLength: 1, maxLength: 64 })
export const IdParamsSchema = Type.Object({ id: IdSchema })

/** Mainland mobile number, 11 digits starting with 1. */
export const PhoneSchema = Type.String({ pattern: '^1[3-9]\\d{9}$', description: '11-digit mainland mobile' })

export const IsoDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })
export const IsoDateTimeSchema = Type.String({ format: 'date-time' })

/**
 * Upper bounds for numbers clients send (every request number is bounded, see test/routes/schema-bounds.test.ts):
 * list offsets, document version numbers, and sequence numbers stored in PostgreSQL `integer` columns.
 */
export const MAX_LIST_OFFSET = 1_000_000
export const MAX_VERSION_NUMBER = 100_000
export const MAX_SEQUENCE_NUMBER = 2_147_483_647

export const ListOffsetSchema = Type.Integer({ minimum: 0, maximum: MAX_LIST_OFFSET, default: 0 })
/** A document's version number (agreement, record, opinion): 1, 2, … */
export const VersionNumberSchema = Type.Integer({ minimum: 1, maximum: MAX_VERSION_NUMBER })

export const PageQuerySchema = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(ListOffsetSchema),
})

export const Paged = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() })

export const OkSchema = Type.Object({ ok: Type.Literal(true) })
export type Ok = Static<typeof OkSchema>
