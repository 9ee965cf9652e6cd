import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'
import { CaseStatusSchema } from './cases'
import { CaseOutcomeSchema } from './referrals'

/** Committee acceptance, transfer, mediator assignment (PML 19, OMR 13) and mediation deadlines. */

export const DeadlineSchema = Type.Object({
  days: Type.Integer(),
  dueAt: Type.String(),
  basis: Type.String({ description: 'The rule the period comes from, in Chinese' }),
  configurable: Type.Boolean({ description: 'True when the period is a setting, not a fixed statutory value' }),
  overdue: Type.Boolean(),
  daysLeft: Type.Integer({ description: 'Whole days until due; negative when overdue' }),
})
export type Deadline = Static<typeof DeadlineSchema>

export const ASSIGNMENT_METHODS = ['manual', 'auto', 'party_request'] as const
export const ASSIGNMENT_STATUSES = ['pending', 'accepted', 'conflict', 'withdrawn'] as const

export const MediatorAssignmentSchema = Type.Object({
  id: IdSchema,
  mediatorUserId: IdSchema,
  mediatorName: Type.String(),
  method: Type.Union(ASSIGNMENT_METHODS.map((m) => Type.Literal(m))),
  status: Type.Union(ASSIGNMENT_STATUSES.map((s) => Type.Literal(s))),
  conflictNote: Type.Union([Type.String(), Type.Null()]),
  assignedAt: Type.String(),
})
export type MediatorAssignment = Static<typeof MediatorAssignmentSchema>

export const CaseProgressSchema = Type.Object({
  caseId: IdSchema,
  status: CaseStatusSchema,
  committee: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  acceptedAt: Type.Union([Type.String(), Type.Null()]),
  deadline: Type.Union([DeadlineSchema, Type.Null()]),
  respondentAnswer: Type.Union([
    Type.Object({ answer: Type.String(), reason: Type.Union([Type.String(), Type.Null()]), at: Type.String() }),
    Type.Null(),
  ]),
  mediators: Type.Array(MediatorAssignmentSchema),
  outcome: Type.Union([CaseOutcomeSchema, Type.Null()]),
})
export type CaseProgress = Static<typeof CaseProgressSchema>

export const CommitteeCaseSchema = Type.Object({
  caseId: IdSchema,
  caseNumber: Type.String(),
  title: Type.String(),
  disputeType: Type.String(),
  source: Type.String(),
  status: CaseStatusSchema,
  createdAt: Type.String(),
  deadline: Type.Union([DeadlineSchema, Type.Null()]),
  mediators: Type.Array(Type.Object({ userId: IdSchema, name: Type.String(), status: Type.String() })),
  requestedMediators: Type.Array(Type.Object({ userId: IdSchema, name: Type.String(), status: Type.String() })),
})
export type CommitteeCase = Static<typeof CommitteeCaseSchema>

export const COMMITTEE_CASE_VIEWS = ['incoming', 'active', 'overdue'] as const
export const CommitteeCaseQuerySchema = Type.Object({
  view: Type.Optional(
    Type.Union(
      COMMITTEE_CASE_VIEWS.map((v) => Type.Literal(v)),
      { default: 'incoming' },
    ),
  ),
})
export const CommitteeCaseListSchema = Type.Object({ items: Type.Array(CommitteeCaseSchema) })
export type CommitteeCaseList = Static<typeof CommitteeCaseListSchema>

export const TransferBodySchema = Type.Object(
  {
    committeeId: IdSchema,
    reason: Type.String({ minLength: 2, maxLength: 500 }),
  },
  { additionalProperties: false },
)
export type TransferBody = Static<typeof TransferBodySchema>

export const AssignMediatorBodySchema = Type.Object(
  {
    mediatorUserId: Type.Optional(IdSchema),
    auto: Type.Optional(Type.Boolean({ description: 'Pick by speciality, area and current load' })),
  },
  { additionalProperties: false },
)
export type AssignMediatorBody = Static<typeof AssignMediatorBodySchema>

export const AssignMediatorResultSchema = Type.Object({
  mediatorUserId: IdSchema,
  method: Type.Union(ASSIGNMENT_METHODS.map((m) => Type.Literal(m))),
})

export const MediatorCandidateSchema = Type.Object({
  userId: IdSchema,
  name: Type.String(),
  specialities: Type.Array(Type.String()),
  specialityMatch: Type.Boolean(),
  areaMatch: Type.Boolean(),
  activeCases: Type.Integer(),
  requestedByParty: Type.Boolean(),
})
export type MediatorCandidate = Static<typeof MediatorCandidateSchema>
export const MediatorCandidateListSchema = Type.Object({ items: Type.Array(MediatorCandidateSchema) })

export const MediatorRequestBodySchema = Type.Object({ mediatorUserId: IdSchema }, { additionalProperties: false })
export const MediatorRequestResultSchema = Type.Object({
  status: Type.Union([Type.Literal('open'), Type.Literal('honoured'), Type.Literal('not_available')]),
  message: Type.String(),
})
export type MediatorRequestResult = Static<typeof MediatorRequestResultSchema>

export const MediatorOptionSchema = Type.Object({
  userId: IdSchema,
  name: Type.String(),
  specialities: Type.Array(Type.String()),
})
export const MediatorOptionListSchema = Type.Object({ items: Type.Array(MediatorOptionSchema) })

export const AssignmentAnswerBodySchema = Type.Object(
  {
    conflictOfInterest: Type.Boolean({
      description: 'OMR 13: party or close relative, interest in the dispute, other ties',
    }),
    note: Type.Optional(Type.String({ maxLength: 500, description: 'Required when declaring a conflict' })),
  },
  { additionalProperties: false },
)
export type AssignmentAnswerBody = Static<typeof AssignmentAnswerBodySchema>

export const AssignmentAnswerResultSchema = Type.Object({
  status: Type.Union([Type.Literal('accepted'), Type.Literal('conflict')]),
})

export const MediatorAreasBodySchema = Type.Object(
  { regionCodes: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 50 }) },
  { additionalProperties: false },
)

export const RecordOutcomeBodySchema = Type.Object({ outcome: CaseOutcomeSchema }, { additionalProperties: false })

export const MediatorParamsSchema = Type.Object({ userId: IdSchema })
