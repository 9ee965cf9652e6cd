import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'

/** The fact sheet: each fact once, each party's 同意/有异议 beside it, agreed and disputed points at a glance. */

export const FACT_MARKS = ['agree', 'dispute'] as const
export const FactMarkValueSchema = Type.Union(FACT_MARKS.map((m) => Type.Literal(m)))

export const FACT_STATUSES = ['agreed', 'disputed', 'pending'] as const
export const FactStatusSchema = Type.Union(FACT_STATUSES.map((s) => Type.Literal(s)))

export const FactPartyRoleSchema = Type.Union([Type.Literal('applicant'), Type.Literal('respondent')])

export const FactMarkSchema = Type.Object({
  mark: FactMarkValueSchema,
  comment: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String(),
})

export const FactItemSchema = Type.Object({
  id: IdSchema,
  key: Type.String(),
  statement: Type.String(),
  statedBy: Type.Union([Type.Literal('applicant'), Type.Literal('respondent'), Type.Literal('police')]),
  marks: Type.Object({
    applicant: Type.Union([FactMarkSchema, Type.Null()]),
    respondent: Type.Union([FactMarkSchema, Type.Null()]),
  }),
  status: FactStatusSchema,
  updatedAt: Type.String(),
})
export type FactItem = Static<typeof FactItemSchema>

export const FactSheetSchema = Type.Object({
  caseId: IdSchema,
  items: Type.Array(FactItemSchema),
  summary: Type.Object({
    agreed: Type.Integer(),
    disputed: Type.Integer(),
    pending: Type.Integer(),
  }),
})
export type FactSheet = Static<typeof FactSheetSchema>

export const AddFactBodySchema = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z][a-z0-9_.-]{0,63}$',
      description: 'Stable key of the fact, e.g. an intake slot key (wage_owed)',
    }),
    statement: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
)
export type AddFactBody = Static<typeof AddFactBodySchema>

export const MarkFactBodySchema = Type.Object(
  {
    mark: FactMarkValueSchema,
    comment: Type.Optional(Type.String({ maxLength: 500, description: 'Required when marking 有异议' })),
  },
  { additionalProperties: false },
)
export type MarkFactBody = Static<typeof MarkFactBodySchema>

export const FactParamsSchema = Type.Object({ id: IdSchema, factId: IdSchema })
