import { Type, type Static } from '@sinclair/typebox'
import { DisputeTypeSchema } from './intake-analyze'

/** Intake contract, part 2: the dispute catalogue (GET /intake/catalogue, /intake/catalogue/:code). */

export const SLOT_KINDS = ['date', 'date_range', 'money', 'duration', 'party', 'choice', 'text', 'evidence'] as const
export const SlotKindSchema = Type.Union(SLOT_KINDS.map((k) => Type.Literal(k)))

export const ChoiceSchema = Type.Object({ value: Type.String(), label: Type.String() })

export const SlotDefinitionSchema = Type.Object({
  key: Type.String(),
  kind: SlotKindSchema,
  label: Type.String(),
  question: Type.String(),
  hint: Type.Optional(Type.String()),
  required: Type.Boolean(),
  choices: Type.Optional(Type.Array(ChoiceSchema)),
  askIf: Type.Optional(
    Type.Object(
      { slot: Type.String(), equals: Type.Array(Type.String()) },
      { description: 'Follow-up: asked only when the slot has one of these values' },
    ),
  ),
})

export const CatalogueEntrySchema = Type.Object({
  code: DisputeTypeSchema,
  name: Type.String(),
  version: Type.String(),
  summary: Type.String(),
})
export const CatalogueListSchema = Type.Object({ version: Type.String(), items: Type.Array(CatalogueEntrySchema) })
export type CatalogueList = Static<typeof CatalogueListSchema>

export const CatalogueDetailSchema = Type.Composite([
  CatalogueEntrySchema,
  Type.Object({
    slots: Type.Array(SlotDefinitionSchema),
    materials: Type.Array(Type.String(), { description: 'Materials checklist to bring' }),
    legalBasis: Type.Array(Type.Object({ law: Type.String(), article: Type.String(), summary: Type.String() })),
    limitations: Type.Array(
      Type.Object({
        months: Type.Union([Type.Integer(), Type.Null()]),
        label: Type.String(),
        basis: Type.String(),
        note: Type.String(),
      }),
    ),
    competent: Type.Object({ levels: Type.Array(Type.String()), specialities: Type.Array(Type.String()) }),
    judicialConfirmation: Type.Object({ possible: Type.Boolean(), note: Type.String() }),
    referenceGap: Type.Optional(
      Type.String({ description: 'Legal basis not yet verified: staff should check before relying on it' }),
    ),
  }),
])
export type CatalogueDetail = Static<typeof CatalogueDetailSchema>

export const DisputeTypeParamsSchema = Type.Object({ code: DisputeTypeSchema })
