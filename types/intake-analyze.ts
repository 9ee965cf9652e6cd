import { Type, type Static } from '@sinclair/typebox'

/** Intake contract, part 1: dispute types and POST /intake/analyze (facts, missing slots, risk). */
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
    text: Type.String({
      minLength: 1,
      description: 'The resident’s story in their own words (≤ 5,000 characters; longer → 413)',
    }),
    today: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description: 'Conversation date for relative dates (去年9月); defaults to today in China',
      }),
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
  label: Type.Optional(
    Type.String({
      description:
        'What the amount is: wage_owed, monthly_wage, deposit, rent, price, loan_principal, interest, medical_cost, tuition, compensation, severance, …',
    }),
  ),
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
  label: Type.Optional(
    Type.String({
      description:
        'employment_start, employment_end, injury_date, accident_date, contract_date, loan_date, due_date, delivery_agreed, …',
    }),
  ),
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
  role: Type.Optional(
    Type.String({ description: 'applicant, respondent, employer, landlord, tenant, lender, borrower, developer, …' }),
  ),
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
      code: Type.String({
        description:
          'SELF_HARM, THREAT_TO_KILL, WEAPON, VIOLENCE, MASS_ESCALATION, THREAT, CONFLICT, PETITION, HARDSHIP',
      }),
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
