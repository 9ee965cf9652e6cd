import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'
import { CaseSummarySchema } from './cases'

/** Dispute type codes (issue 3); `other` when nothing fits. */
export const DISPUTE_TYPES = [
  'wage_arrears',
  'work_injury',
  'labor_termination',
  'house_rental',
  'education_refund',
  'property_delivery',
  'medical',
  'neighbor',
  'land_contract',
  'land_expropriation',
  'traffic_accident',
  'personal_injury',
  'private_loan',
  'consumer',
  'property_management',
  'marriage_family',
  'other',
] as const
export const DisputeTypeSchema = Type.Union(
  DISPUTE_TYPES.map((t) => Type.Literal(t)),
  { description: 'Dispute type code' },
)
export type DisputeType = (typeof DISPUTE_TYPES)[number]

export const IsoPartialDateSchema = Type.String({
  description: 'YYYY, YYYY-MM or YYYY-MM-DD; a range is "start/end"',
  examples: ['2019-11-05', '2019-11', '2019-11/2019-12-07'],
})

// ---------- analyze ----------

export const MAX_NARRATIVE_CHARS = 5000

export const AnalyzeBodySchema = Type.Object(
  {
    text: Type.String({ minLength: 1, description: 'The resident’s story in their own words (≤ 5,000 characters; longer → 413)' }),
    today: Type.Optional(
      Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Conversation date for relative dates (去年9月); defaults to today in China' }),
    ),
  },
  { additionalProperties: false },
)
export type AnalyzeBody = Static<typeof AnalyzeBodySchema>

export const TypeScoreSchema = Type.Object({
  disputeType: DisputeTypeSchema,
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
})
export type TypeScore = Static<typeof TypeScoreSchema>

export const AmountFactSchema = Type.Object({
  value: Type.Number({ description: 'Yuan' }),
  text: Type.String({ description: 'The words it came from, e.g. 3万5' }),
  approximate: Type.Boolean({ description: 'Marked 余/多/近/约/左右/出头 in the text' }),
  label: Type.Optional(Type.String({ description: 'What the amount is: wage_owed, monthly_wage, deposit, rent, price, loan_principal, interest, medical_cost, tuition, compensation, severance, …' })),
  labelName: Type.Optional(Type.String({ description: 'Chinese name of the label, e.g. 押金' })),
  rate: Type.Optional(
    Type.Union([Type.Literal('month'), Type.Literal('day'), Type.Literal('year'), Type.Literal('hour')], {
      description: 'Set when the amount is per period (每月4500元): never sum it with claims',
    }),
  ),
})
export type AmountFact = Static<typeof AmountFactSchema>

export const DateFactSchema = Type.Object({
  value: IsoPartialDateSchema,
  text: Type.String(),
  label: Type.Optional(Type.String({ description: 'employment_start, employment_end, injury_date, accident_date, contract_date, loan_date, due_date, delivery_agreed, …' })),
  labelName: Type.Optional(Type.String()),
})
export type DateFact = Static<typeof DateFactSchema>

export const DurationFactSchema = Type.Object({
  value: Type.String({ description: 'ISO 8601 duration, e.g. P2Y3M, P15D' }),
  text: Type.String(),
  approximate: Type.Boolean(),
  label: Type.Optional(Type.String({ description: 'employment_length, lease_term, hospital_stay, delay, …' })),
  labelName: Type.Optional(Type.String()),
})

export const PartyFactSchema = Type.Object({
  name: Type.String({ description: '杨某某, 张先生, 福清市某安防工程公司; the narrator is "我"' }),
  kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
  role: Type.Optional(Type.String({ description: 'applicant, respondent, employer, landlord, tenant, lender, borrower, developer, …' })),
  roleName: Type.Optional(Type.String()),
  side: Type.Optional(Type.Union([Type.Literal('applicant'), Type.Literal('respondent')])),
})
export type PartyFact = Static<typeof PartyFactSchema>

export const LocationFactSchema = Type.Object({
  text: Type.String(),
  province: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  district: Type.Optional(Type.String()),
  street: Type.Optional(Type.String()),
  community: Type.Optional(Type.String()),
})

export const ExtractedFactsSchema = Type.Object({
  amounts: Type.Array(AmountFactSchema),
  dates: Type.Array(DateFactSchema),
  durations: Type.Array(DurationFactSchema),
  parties: Type.Array(PartyFactSchema),
  location: Type.Union([LocationFactSchema, Type.Null()]),
})
export type ExtractedFacts = Static<typeof ExtractedFactsSchema>

export const RiskSchema = Type.Object({
  level: Type.Union([Type.Literal('none'), Type.Literal('attention'), Type.Literal('urgent')], {
    description: 'urgent: show 110 guidance; the case is flagged to the police station covering the area (PML 25)',
  }),
  reasons: Type.Array(
    Type.Object({
      level: Type.Union([Type.Literal('attention'), Type.Literal('urgent')]),
      code: Type.String({ description: 'SELF_HARM, THREAT_TO_KILL, WEAPON, VIOLENCE, MASS_ESCALATION, THREAT, CONFLICT, PETITION, HARDSHIP' }),
      message: Type.String(),
      text: Type.String({ description: 'Words that triggered it' }),
    }),
  ),
})
export type Risk = Static<typeof RiskSchema>

export const AnalyzeResponseSchema = Type.Object({
  disputeType: DisputeTypeSchema,
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  alternatives: Type.Array(TypeScoreSchema, { description: 'Other likely types, best first' }),
  facts: ExtractedFactsSchema,
  missing: Type.Array(Type.String(), { description: 'Required slot keys of the type the text does not answer' }),
  risk: RiskSchema,
})
export type AnalyzeResponse = Static<typeof AnalyzeResponseSchema>

// ---------- catalogue ----------

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
    Type.Object({ slot: Type.String(), equals: Type.Array(Type.String()) }, { description: 'Follow-up: asked only when the slot has one of these values' }),
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
      Type.Object({ months: Type.Union([Type.Integer(), Type.Null()]), label: Type.String(), basis: Type.String(), note: Type.String() }),
    ),
    competent: Type.Object({ levels: Type.Array(Type.String()), specialities: Type.Array(Type.String()) }),
    judicialConfirmation: Type.Object({ possible: Type.Boolean(), note: Type.String() }),
    referenceGap: Type.Optional(Type.String({ description: 'Legal basis not yet verified: staff should check before relying on it' })),
  }),
])
export type CatalogueDetail = Static<typeof CatalogueDetailSchema>

export const DisputeTypeParamsSchema = Type.Object({ code: DisputeTypeSchema })

// ---------- sessions ----------

export const PartyValueSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
})

export const SlotValueSchema = Type.Union(
  [Type.Number(), Type.String(), Type.Array(Type.String()), PartyValueSchema],
  { description: 'money: yuan number; date: ISO partial; date_range: "start/end"; duration: ISO 8601; party: {name,kind}; choice: choice value; text: string; evidence: file ids or descriptions' },
)

export const SlotStateSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  kind: SlotKindSchema,
  required: Type.Boolean(),
  status: Type.Union([Type.Literal('open'), Type.Literal('filled'), Type.Literal('skipped'), Type.Literal('unknown')]),
  value: Type.Optional(SlotValueSchema),
  display: Type.Optional(Type.String({ description: 'Human-readable value for the summary card' })),
  text: Type.Optional(Type.String({ description: 'Words the value came from' })),
  approximate: Type.Optional(Type.Boolean()),
  source: Type.Optional(Type.Union([Type.Literal('narrative'), Type.Literal('answer'), Type.Literal('correction'), Type.Literal('edit')])),
})
export type SlotStateView = Static<typeof SlotStateSchema>

export const QuestionSchema = Type.Object({
  slot: Type.String({ description: 'Slot key, or "dispute_type" when the resident must confirm the type' }),
  kind: Type.Union([SlotKindSchema, Type.Literal('dispute_type')], { description: 'Which input to show: keypad (money), date picker, party form, chips (choice)…' }),
  label: Type.String(),
  text: Type.String({ description: 'The question in plain Chinese' }),
  hint: Type.Optional(Type.String()),
  required: Type.Boolean(),
  choices: Type.Optional(Type.Array(ChoiceSchema, { description: 'Quick-reply chips' })),
  previous: Type.Optional(Type.Object({ value: Type.Optional(SlotValueSchema), display: Type.Optional(Type.String()) }, { description: 'Earlier answer after going back' })),
})
export type Question = Static<typeof QuestionSchema>

export const INTAKE_SESSION_STATUSES = ['open', 'submitted', 'abandoned'] as const

export const IntakeSessionSchema = Type.Object({
  id: IdSchema,
  status: Type.Union(INTAKE_SESSION_STATUSES.map((s) => Type.Literal(s))),
  disputeType: DisputeTypeSchema,
  disputeTypeName: Type.String(),
  typeConfirmed: Type.Boolean(),
  candidates: Type.Array(TypeScoreSchema),
  catalogueVersion: Type.String(),
  narrative: Type.String(),
  question: Type.Union([QuestionSchema, Type.Null()], { description: 'Next question; null when everything has been asked' }),
  progress: Type.Object({ answered: Type.Integer(), total: Type.Integer() }),
  facts: Type.Array(SlotStateSchema, { description: 'Every applicable slot, in question order (the summary card)' }),
  missing: Type.Array(Type.String(), { description: 'Required slots not yet filled (skipped or unknown count as missing)' }),
  canSubmit: Type.Boolean(),
  risk: RiskSchema,
  materials: Type.Array(Type.String()),
  caseId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
})
export type IntakeSession = Static<typeof IntakeSessionSchema>

export const IntakeSessionListSchema = Type.Object({ items: Type.Array(IntakeSessionSchema) })

export const CreateSessionBodySchema = Type.Object(
  {
    narrative: Type.String({ minLength: 1, description: 'The resident’s story (≤ 5,000 characters)' }),
    today: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  },
  { additionalProperties: false },
)
export type CreateSessionBody = Static<typeof CreateSessionBodySchema>

export const AnswerBodySchema = Type.Object(
  {
    text: Type.Optional(Type.String({ maxLength: 1000, description: 'Free text; 不对，是3万 corrects, 跳过/不知道 skips' })),
    value: Type.Optional(SlotValueSchema),
    slot: Type.Optional(Type.String({ description: 'Answer or edit this slot instead of the current question (summary card edits)' })),
  },
  { additionalProperties: false },
)
export type AnswerBody = Static<typeof AnswerBodySchema>

export const CorrectionBodySchema = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 1000, description: 'e.g. 不对，是3万 / 工资不对，应该是每月5000' }) },
  { additionalProperties: false },
)

export const SkipBodySchema = Type.Object(
  { unknown: Type.Optional(Type.Boolean({ description: 'true = 不知道 (the mediator will ask), false = skip' })) },
  { additionalProperties: false },
)

export const SetTypeBodySchema = Type.Object({ disputeType: DisputeTypeSchema }, { additionalProperties: false })

// ---------- routing and submission ----------

export const CommitteeOptionSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  level: Type.Union([Type.String(), Type.Null()]),
  specialities: Type.Array(Type.String()),
  address: Type.String(),
  phone: Type.String(),
  reason: Type.String({ description: 'Why this committee is competent, in Chinese' }),
})

export const RoutingQuerySchema = Type.Object({
  regionCode: Type.Optional(Type.String({ description: 'Where the resident lives or the dispute happened; else read from the location answer' })),
})

export const RoutingSchema = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  recommended: CommitteeOptionSchema,
  alternatives: Type.Array(CommitteeOptionSchema, { description: 'Other committees the resident may choose' }),
  materials: Type.Array(Type.String()),
})
export type Routing = Static<typeof RoutingSchema>

export const SubmitBodySchema = Type.Object(
  {
    regionCode: Type.Optional(Type.String()),
    committeeId: Type.Optional(Type.String({ description: 'The committee the resident chose; defaults to the recommended one' })),
    evidenceFileIds: Type.Optional(Type.Array(Type.String(), { maxItems: 50, description: 'Files uploaded via /files to attach to the case' })),
  },
  { additionalProperties: false },
)
export type SubmitBody = Static<typeof SubmitBodySchema>

export const SubmitResponseSchema = Type.Object({
  case: CaseSummarySchema,
  committee: CommitteeOptionSchema,
  riskFlag: Type.Union([
    Type.Object({ policeStationId: Type.String(), policeStationName: Type.String(), phone: Type.String(), level: Type.String() }),
    Type.Null(),
  ]),
})
export type SubmitResponse = Static<typeof SubmitResponseSchema>
