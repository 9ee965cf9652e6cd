import { Type, type Static } from '@sinclair/typebox'
import { IdSchema, ListOffsetSchema } from './common'
import { CaseStatusSchema } from './cases'
import { DisputeTypeSchema } from './intake'

/** Police referral (警调对接, PML 18) and the in-app notifications that follow a case to its end. */

export const PARTY_KINDS = ['person', 'organisation'] as const

export const ReferralPartyInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50 }),
    phone: Type.String({
      minLength: 1,
      maxLength: 30,
      description: 'Mainland mobile; spaces, dashes and +86 are accepted and removed',
    }),
    kind: Type.Optional(
      Type.Union(
        PARTY_KINDS.map((k) => Type.Literal(k)),
        { default: 'person' },
      ),
    ),
  },
  { additionalProperties: false },
)
export type ReferralPartyInput = Static<typeof ReferralPartyInputSchema>

export const CreateReferralBodySchema = Type.Object(
  {
    incidentNumber: Type.String({ minLength: 1, maxLength: 60, description: '警情号 as printed on the call-out' }),
    disputeType: DisputeTypeSchema,
    facts: Type.String({ minLength: 1, maxLength: 2000, description: "The officer's short account of the facts" }),
    regionCode: Type.String({ minLength: 1, maxLength: 20, description: 'Where the dispute happened' }),
    committeeId: Type.Optional(Type.String({ description: 'Defaults to the committee the routing recommends' })),
    applicant: ReferralPartyInputSchema,
    respondent: ReferralPartyInputSchema,
  },
  { additionalProperties: false },
)
export type CreateReferralBody = Static<typeof CreateReferralBodySchema>

export const CommitteeSuggestionQuerySchema = Type.Object({
  disputeType: DisputeTypeSchema,
  regionCode: Type.String({ minLength: 1, maxLength: 20 }),
})

export const CommitteeSuggestionSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  reason: Type.String({ description: 'Why this committee is competent, in Chinese' }),
})
export const CommitteeSuggestionListSchema = Type.Object({
  recommended: CommitteeSuggestionSchema,
  alternatives: Type.Array(CommitteeSuggestionSchema),
})
export type CommitteeSuggestionList = Static<typeof CommitteeSuggestionListSchema>

/** partial: part agreed (that part goes to the agreement flow), the rest failed; failed and partial carry a reason. */
export const CASE_OUTCOMES = ['agreement', 'partial', 'failed', 'performed'] as const
export const CaseOutcomeSchema = Type.Union(CASE_OUTCOMES.map((o) => Type.Literal(o)))
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]

export const ShareLinkSchema = Type.Object({
  partyRole: Type.Union([Type.Literal('applicant'), Type.Literal('respondent')]),
  partyName: Type.String(),
  token: Type.String({ description: 'Shown once: put it in the QR code and share link; only its hash is stored' }),
  link: Type.String(),
  expiresAt: Type.String(),
})
export type ShareLink = Static<typeof ShareLinkSchema>

export const ResendLinkParamsSchema = Type.Object({
  caseId: IdSchema,
  partyRole: Type.Union([Type.Literal('applicant'), Type.Literal('respondent')]),
})

export const ReferralSummarySchema = Type.Object({
  caseId: IdSchema,
  caseNumber: Type.String(),
  incidentNumber: Type.String(),
  disputeType: Type.String(),
  status: CaseStatusSchema,
  outcome: Type.Union([CaseOutcomeSchema, Type.Null()]),
  committee: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  parties: Type.Array(
    Type.Object({
      role: Type.Union([Type.Literal('applicant'), Type.Literal('respondent')]),
      name: Type.String(),
      claimed: Type.Boolean(),
    }),
  ),
  createdAt: Type.String(),
})
export type ReferralSummary = Static<typeof ReferralSummarySchema>

export const ReferralCreatedSchema = Type.Object({
  referral: ReferralSummarySchema,
  links: Type.Array(ShareLinkSchema),
  committeeReason: Type.String(),
})
export type ReferralCreated = Static<typeof ReferralCreatedSchema>

export const ReferralListSchema = Type.Object({ items: Type.Array(ReferralSummarySchema), total: Type.Integer() })
export type ReferralList = Static<typeof ReferralListSchema>

// ---------- notifications (in-app; a subscribe-message provider may mirror them) ----------

export const NOTIFICATION_KINDS = [
  'referral_outcome',
  'mediator_assigned',
  'respondent_answer',
  'case_transferred',
  'reassignment_needed',
  'invitation_claimed',
  'case_accepted',
  'document_served',
  'judicial_update',
  'instalment_due',
  'instalment_update',
  'record_confirmation',
  'session_reminder',
  'deadline_reminder',
] as const
export const NotificationKindSchema = Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k)))
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const NotificationSchema = Type.Object({
  id: IdSchema,
  kind: NotificationKindSchema,
  title: Type.String(),
  body: Type.String(),
  caseId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
})
export type Notification = Static<typeof NotificationSchema>

export const NotificationListQuerySchema = Type.Object({
  unreadOnly: Type.Optional(Type.Boolean({ default: false })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(ListOffsetSchema),
})
export type NotificationListQuery = Static<typeof NotificationListQuerySchema>

export const NotificationListSchema = Type.Object({
  items: Type.Array(NotificationSchema),
  total: Type.Integer(),
  unread: Type.Integer(),
})
export type NotificationList = Static<typeof NotificationListSchema>

export const MarkAllReadResultSchema = Type.Object({ updated: Type.Integer() })

export const SubscribeTemplatesSchema = Type.Object({
  templates: Type.Record(Type.String(), Type.String(), {
    description: 'notification kind → WeChat subscribe-message template id (empty when not configured)',
  }),
})
export type SubscribeTemplates = Static<typeof SubscribeTemplatesSchema>

// ---------- risk flags (PML 25: intake flags urgent disputes to the police station covering the area) ----------

export const RiskFlagSchema = Type.Object({
  id: IdSchema,
  caseId: IdSchema,
  caseNumber: Type.String(),
  disputeType: Type.String(),
  disputeTypeName: Type.String(),
  level: Type.String({ description: 'urgent' }),
  reasons: Type.Array(
    Type.Object({ code: Type.String(), message: Type.String({ description: 'Chinese explanation for the officer' }) }),
  ),
  area: Type.Object({ regionCode: Type.Union([Type.String(), Type.Null()]), regionName: Type.String() }),
  contact: Type.Object(
    { name: Type.String(), phone: Type.Union([Type.String(), Type.Null()]) },
    { description: 'The applicant, to check on them; nothing else of the case is shown' },
  ),
  createdAt: Type.String(),
  acknowledgedAt: Type.Union([Type.String(), Type.Null()]),
})
export type RiskFlag = Static<typeof RiskFlagSchema>

export const RiskFlagListQuerySchema = Type.Object({
  status: Type.Optional(
    Type.Union([Type.Literal('open'), Type.Literal('acknowledged'), Type.Literal('all')], { default: 'open' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(ListOffsetSchema),
})
export type RiskFlagListQuery = Static<typeof RiskFlagListQuerySchema>

export const RiskFlagListSchema = Type.Object({ items: Type.Array(RiskFlagSchema), total: Type.Integer() })
export type RiskFlagList = Static<typeof RiskFlagListSchema>
