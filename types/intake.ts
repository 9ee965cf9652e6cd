import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'
import { CaseSummarySchema } from './cases'
import { DisputeTypeSchema, RiskSchema, TypeScoreSchema } from './intake-analyze'
import { ChoiceSchema, SlotKindSchema } from './intake-catalogue'

/**
 * Intake contract, part 3: intake sessions (the guided conversation), routing and submission.
 * One import path for the whole intake API: parts 1 and 2 are re-exported here.
 */
export * from './intake-analyze'
export * from './intake-catalogue'

export const PartyValueSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
  phone: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 30,
      description: 'The party’s mainland mobile (needed to invite them); spaces, dashes and +86 are removed',
    }),
  ),
})

/** Largest number a slot holds (money in yuan, days, ages): the agreement's own ceiling. */
export const MAX_SLOT_NUMBER = 999_999_999_999

export const SlotValueSchema = Type.Union(
  [
    Type.Number({ minimum: -MAX_SLOT_NUMBER, maximum: MAX_SLOT_NUMBER }),
    Type.String(),
    Type.Array(Type.String()),
    PartyValueSchema,
  ],
  {
    description:
      'money: yuan number; date: ISO partial; date_range: "start/end"; duration: ISO 8601; party: {name,kind,phone?}; choice: choice value; text: string; evidence: file ids or descriptions',
  },
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
  source: Type.Optional(
    Type.Union([Type.Literal('narrative'), Type.Literal('answer'), Type.Literal('correction'), Type.Literal('edit')]),
  ),
})
export type SlotStateView = Static<typeof SlotStateSchema>

export const QuestionSchema = Type.Object({
  slot: Type.String({ description: 'Slot key, or "dispute_type" when the resident must confirm the type' }),
  kind: Type.Union([SlotKindSchema, Type.Literal('dispute_type')], {
    description: 'Which input to show: keypad (money), date picker, party form, chips (choice)…',
  }),
  label: Type.String(),
  text: Type.String({ description: 'The question in plain Chinese' }),
  hint: Type.Optional(Type.String()),
  required: Type.Boolean(),
  choices: Type.Optional(Type.Array(ChoiceSchema, { description: 'Quick-reply chips' })),
  previous: Type.Optional(
    Type.Object(
      { value: Type.Optional(SlotValueSchema), display: Type.Optional(Type.String()) },
      { description: 'Earlier answer after going back' },
    ),
  ),
})
export type Question = Static<typeof QuestionSchema>

export const LimitationCheckSchema = Type.Object({
  label: Type.String({ description: 'e.g. 劳动争议仲裁时效为1年' }),
  basis: Type.String({ description: 'Legal basis, e.g. 劳动争议调解仲裁法 27' }),
  note: Type.String(),
  status: Type.Union(
    [
      Type.Literal('running'),
      Type.Literal('soon'),
      Type.Literal('passed'),
      Type.Literal('not_started'),
      Type.Literal('unknown'),
    ],
    { description: 'soon = within 60 days; passed = show a warning (mediation still interrupts limitation)' },
  ),
  from: Type.Optional(Type.String({ description: 'Date the period runs from' })),
  deadline: Type.Optional(Type.String({ description: 'Last day of the period' })),
})

export const IntakeCaseBindingSchema = Type.Object(
  {
    caseId: IdSchema,
    role: Type.Union([Type.Literal('applicant'), Type.Literal('respondent')]),
  },
  { description: 'Set when the session continues an existing case: submit adds to that case instead of creating one' },
)
export type IntakeCaseBinding = Static<typeof IntakeCaseBindingSchema>

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
  question: Type.Union([QuestionSchema, Type.Null()], {
    description: 'Next question; null when everything has been asked',
  }),
  progress: Type.Object({ answered: Type.Integer(), total: Type.Integer() }),
  facts: Type.Array(SlotStateSchema, { description: 'Every applicable slot, in question order (the summary card)' }),
  missing: Type.Array(Type.String(), {
    description: 'Required slots not yet filled (skipped or unknown count as missing)',
  }),
  canSubmit: Type.Boolean(),
  risk: RiskSchema,
  materials: Type.Array(Type.String()),
  limitations: Type.Array(LimitationCheckSchema, { description: 'Limitation warnings computed from the facts' }),
  caseId: Type.Union([Type.String(), Type.Null()]),
  binding: Type.Union([IntakeCaseBindingSchema, Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
})
export type IntakeSession = Static<typeof IntakeSessionSchema>

export const IntakeSessionListSchema = Type.Object({ items: Type.Array(IntakeSessionSchema) })

export const CreateSessionBodySchema = Type.Object(
  {
    narrative: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'The resident’s story (≤ 5,000 characters). Required unless caseId is given: then it defaults to the ' +
          'officer’s account from the referral (the claim response’s prefill.narrative)',
      }),
    ),
    caseId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'Continue this case as the party you claimed (applicant or respondent); submit adds to it',
      }),
    ),
    today: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  },
  { additionalProperties: false },
)
export type CreateSessionBody = Static<typeof CreateSessionBodySchema>

export const AnswerBodySchema = Type.Object(
  {
    text: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Free text; 不对，是3万 corrects, 跳过/不知道 skips' }),
    ),
    value: Type.Optional(SlotValueSchema),
    slot: Type.Optional(
      Type.String({ description: 'Answer or edit this slot instead of the current question (summary card edits)' }),
    ),
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
  regionCode: Type.Optional(
    Type.String({
      description: 'Where the resident lives or the dispute happened; else read from the location answer',
    }),
  ),
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
    committeeId: Type.Optional(
      Type.String({ description: 'The committee the resident chose; defaults to the recommended one' }),
    ),
    evidenceFileIds: Type.Optional(
      Type.Array(Type.String(), { maxItems: 50, description: 'Files uploaded via /files to attach to the case' }),
    ),
  },
  { additionalProperties: false },
)
export type SubmitBody = Static<typeof SubmitBodySchema>

export const SubmitResponseSchema = Type.Object({
  case: CaseSummarySchema,
  committee: CommitteeOptionSchema,
  riskFlag: Type.Union([
    Type.Object({
      policeStationId: Type.String(),
      policeStationName: Type.String(),
      phone: Type.String(),
      level: Type.String(),
    }),
    Type.Null(),
  ]),
})
export type SubmitResponse = Static<typeof SubmitResponseSchema>

export const ContinueResponseSchema = Type.Object({
  case: CaseSummarySchema,
  role: Type.Union([Type.Literal('applicant'), Type.Literal('respondent')]),
  facts: Type.Object(
    {
      stated: Type.Integer({ description: 'Facts added to (or rewritten on) the fact sheet as this party’s' }),
      agreed: Type.Integer({ description: 'Facts the other side had already stated in the same words' }),
      disputed: Type.Integer({
        description: 'Facts the other side stated differently: marked 有异议 with this version',
      }),
    },
    { description: 'What landed on the case’s fact sheet' },
  ),
})
export type ContinueResponse = Static<typeof ContinueResponseSchema>
