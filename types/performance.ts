import { Type, type Static } from '@sinclair/typebox'
import { CasePartySchema, CaseSummarySchema } from './cases'
import { IdSchema, IsoDateSchema } from './common'

export const InstalmentStatusSchema = Type.Union([
  Type.Literal('due'),
  Type.Literal('paid'),
  Type.Literal('confirmed'),
  Type.Literal('defaulted'),
])

export const TrackedInstalmentSchema = Type.Object({
  id: Type.String(),
  termIndex: Type.Integer(),
  seq: Type.Integer(),
  description: Type.String(),
  payerPartyId: Type.String(),
  payeePartyId: Type.Union([Type.String(), Type.Null()]),
  amount: Type.Union([Type.Number(), Type.Null()], { description: '元' }),
  dueDate: Type.String(),
  status: InstalmentStatusSchema,
  paidAt: Type.Union([Type.String(), Type.Null()]),
  receiptFileId: Type.Union([Type.String(), Type.Null()]),
  receiptUrl: Type.Union([Type.String(), Type.Null()], {
    description:
      'Short-lived signed link to the receipt photo (no bearer token needed, e.g. for <Image>); given only to the payer, the payee and the case staff',
  }),
  confirmedAt: Type.Union([Type.String(), Type.Null()]),
  defaultedAt: Type.Union([Type.String(), Type.Null()]),
})
export type TrackedInstalment = Static<typeof TrackedInstalmentSchema>

export const FollowUpVisitSchema = Type.Object({
  id: Type.String(),
  visitedOn: Type.String(),
  method: Type.String(),
  performance: Type.String(),
  notes: Type.String(),
  mediatorName: Type.String(),
})

/** The sides of the case, to name payers and payees; `isMe` marks the viewer's own side. */
export const PerformancePartySchema = Type.Pick(CasePartySchema, ['id', 'role', 'name', 'isMe'])
export type PerformanceParty = Static<typeof PerformancePartySchema>

export const MyRatingSchema = Type.Object({ score: Type.Integer(), comment: Type.String(), createdAt: Type.String() })
export type MyRating = Static<typeof MyRatingSchema>

export const PerformanceSchema = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  title: Type.String(),
  myRole: CaseSummarySchema.properties.myRole,
  parties: Type.Array(PerformancePartySchema),
  /** The viewer's own rating of the mediation; null when they have not rated (or are not a party). */
  myRating: Type.Union([MyRatingSchema, Type.Null()]),
  judiciallyConfirmed: Type.Boolean(),
  instalments: Type.Array(TrackedInstalmentSchema),
  visits: Type.Array(FollowUpVisitSchema),
})
export type Performance = Static<typeof PerformanceSchema>

export const InstalmentParamsSchema = Type.Object({ instalmentId: IdSchema })
export const MarkPaidBodySchema = Type.Object({ receiptFileId: IdSchema }, { additionalProperties: false })

export const DefaultRouteSchema = Type.Object({
  route: Type.Union([Type.Literal('enforcement'), Type.Literal('litigation')]),
  article: Type.String(),
  explanation: Type.String(),
  /** Pre-filled 强制执行申请书 (only on the enforcement route). */
  enforcement: Type.Union([
    Type.Null(),
    Type.Object({
      court: Type.String(),
      applicant: Type.String(),
      respondent: Type.String(),
      rulingCaseNumber: Type.String(),
      unpaidAmount: Type.Union([Type.Number(), Type.Null()]),
      request: Type.String(),
      deadline: Type.String({ description: 'CPL 250: two years from the last day set for performance' }),
    }),
  ]),
})
export type DefaultRoute = Static<typeof DefaultRouteSchema>

export const VisitBodySchema = Type.Object(
  {
    visitedOn: IsoDateSchema,
    method: Type.Union([Type.Literal('phone'), Type.Literal('visit'), Type.Literal('online')]),
    performance: Type.Union([Type.Literal('performed'), Type.Literal('partly'), Type.Literal('not_performed')]),
    notes: Type.String({ minLength: 2, maxLength: 1000 }),
  },
  { additionalProperties: false },
)
export type VisitBody = Static<typeof VisitBodySchema>

export const RatingBodySchema = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)
export type RatingBody = Static<typeof RatingBodySchema>

export const RatingListSchema = Type.Object({
  items: Type.Array(
    Type.Object({ partyName: Type.String(), score: Type.Integer(), comment: Type.String(), createdAt: Type.String() }),
  ),
  average: Type.Union([Type.Number(), Type.Null()]),
})
export type RatingList = Static<typeof RatingListSchema>

export const ReminderRunBodySchema = Type.Object(
  { daysAhead: Type.Optional(Type.Integer({ minimum: 0, maximum: 30, default: 3 })) },
  { additionalProperties: false },
)
export const ReminderRunSchema = Type.Object({ reminded: Type.Integer() })
