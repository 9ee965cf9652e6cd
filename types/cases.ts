import { Type, type Static } from '@sinclair/typebox'
import { ListOffsetSchema } from './common'

/**
 * Case lifecycle. Later stages (sessions, agreement, judicial confirmation) add transitions,
 * not new shapes: the list and detail views stay stable.
 */
export const CASE_STATUSES = [
  'draft',
  'pending_acceptance', // 待受理
  'accepted', // 已受理
  'in_mediation', // 调解中
  'agreement_reached', // 已达成协议
  'failed', // 调解不成
  'declined', // 对方拒绝调解 (PML 17)
  'judicial_confirmation', // 司法确认中
  'closed', // 已结案
] as const
export const CaseStatusSchema = Type.Union(CASE_STATUSES.map((s) => Type.Literal(s)))
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const CASE_PARTY_ROLES = ['applicant', 'respondent'] as const
export const CasePartyRoleSchema = Type.Union(CASE_PARTY_ROLES.map((s) => Type.Literal(s)))

export const CaseSummarySchema = Type.Object({
  id: Type.String(),
  caseNumber: Type.String({ description: 'Human-readable number, e.g. TJ-2026-000123' }),
  title: Type.String(),
  disputeType: Type.String(),
  status: CaseStatusSchema,
  myRole: Type.Union([CasePartyRoleSchema, Type.Literal('staff')]),
  committee: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
})
export type CaseSummary = Static<typeof CaseSummarySchema>

export const CaseListSchema = Type.Object({ items: Type.Array(CaseSummarySchema), total: Type.Integer() })
export type CaseList = Static<typeof CaseListSchema>

export const CasePartySchema = Type.Object({
  id: Type.String(),
  role: CasePartyRoleSchema,
  name: Type.String(),
  kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
  isMe: Type.Boolean(),
  claimed: Type.Boolean({ description: 'Whether an account has taken this side of the case' }),
})
export type CaseParty = Static<typeof CasePartySchema>

export const CaseDetailSchema = Type.Composite([
  CaseSummarySchema,
  Type.Object({
    narrative: Type.String(),
    facts: Type.Record(Type.String(), Type.Unknown(), { description: 'Facts established at intake, by slot key' }),
    regionCode: Type.Union([Type.String(), Type.Null()]),
    source: Type.String({ description: 'self | police | court | government' }),
    parties: Type.Array(CasePartySchema),
  }),
])
export type CaseDetail = Static<typeof CaseDetailSchema>

export const CaseListQuerySchema = Type.Object({
  status: Type.Optional(CaseStatusSchema),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(ListOffsetSchema),
})
export type CaseListQuery = Static<typeof CaseListQuerySchema>
