import { Type, type Static } from '@sinclair/typebox'
import { IdSchema, MAX_VERSION_NUMBER, VersionNumberSchema } from './common'
import { CaseStatusSchema } from './cases'
import { CaseOutcomeSchema } from './referrals'

/**
 * The mediation record (调解笔录, legal-reference §6.2; PML 27, OMR 22) and the case outcome with the routes left
 * to the parties when mediation fails (PML 26, 终止调解告知).
 *
 * Routes (all under /api/v1, bearer login):
 * - GET  /cases/:id/mediation-record                     latest version (404 RECORD_NOT_FOUND before the first)
 * - POST /cases/:id/mediation-record                     mediator: generate a new version from the case, the
 *                                                        session and the fact sheet (first draft or a refresh)
 * - PUT  /cases/:id/mediation-record                     mediator: save edits as a new version (body: baseVersion
 *                                                        + content); confirmations of earlier versions lapse
 * - GET  /cases/:id/mediation-record/versions            version history
 * - GET  /cases/:id/mediation-record/versions/:version   one version
 * - POST /cases/:id/mediation-record/confirm             a party or the case's mediator confirms a version
 *                                                        (409 RECORD_VERSION_STALE when it is not the latest)
 * - GET  /cases/:id/mediation-record/pdf[?version=n]     the PDF (application/pdf)
 * - GET  /cases/:id/failure-routes                       the routes left to each party (PML 26)
 * - POST /cases/:id/outcome                              (assignment area) body RecordOutcomeWithReasonBody,
 *                                                        response RecordOutcomeResult
 */

export const SESSION_MODES = ['video', 'text', 'asynchronous'] as const
export const SessionModeSchema = Type.Union(
  SESSION_MODES.map((m) => Type.Literal(m)),
  { description: 'video 视频调解 | text 文字调解 | asynchronous 异步（非同时在线）调解' },
)
export type SessionMode = (typeof SESSION_MODES)[number]

export const RECORD_RESULTS = ['pending', 'agreement', 'partial', 'failed'] as const
export const RecordResultSchema = Type.Union(
  RECORD_RESULTS.map((r) => Type.Literal(r)),
  { description: 'pending 调解进行中 | agreement 达成协议 | partial 部分达成 | failed 调解不成' },
)
export type RecordResult = (typeof RECORD_RESULTS)[number]

export const RecordPartyRoleSchema = Type.Union([Type.Literal('applicant'), Type.Literal('respondent')])

// ---------- generated parts (from the case; not editable) ----------

export const RecordParticipantSchema = Type.Object({
  partyId: Type.Union([Type.String(), Type.Null()], { description: 'null for staff' }),
  userId: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([
    Type.Literal('applicant'),
    Type.Literal('respondent'),
    Type.Literal('mediator'),
    Type.Literal('recorder'),
  ]),
  roleName: Type.String({ description: '申请人 / 被申请人 / 调解员 / 记录人' }),
  name: Type.String(),
  kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
  identity: Type.Object(
    {
      verified: Type.Boolean({ description: 'real-name verification passed (OMR 17)' }),
      method: Type.String({ description: '如 实名认证（身份证件信息在线比对）；未认证时说明原因' }),
      verifiedAt: Type.Union([Type.String(), Type.Null()]),
      idNumberMasked: Type.Union([Type.String(), Type.Null()], { description: '如 110***********1234' }),
    },
    { description: 'snapshot taken when the version was made' },
  ),
})
export type RecordParticipant = Static<typeof RecordParticipantSchema>

export const RecordHeaderSchema = Type.Object({
  caseNumber: Type.String(),
  caseTitle: Type.String(),
  disputeType: Type.String(),
  disputeTypeName: Type.String(),
  committeeName: Type.Union([Type.String(), Type.Null()]),
  sessionId: Type.Union([Type.String(), Type.Null()], { description: 'the joint room id (online session ID)' }),
  participants: Type.Array(RecordParticipantSchema),
})
export type RecordHeader = Static<typeof RecordHeaderSchema>

// ---------- editable content (generated first, then edited by the mediator) ----------

export const DisclosureAnswerSchema = Type.Object(
  {
    partyId: Type.String(),
    answer: Type.Union([Type.Literal('no_objection'), Type.Literal('objection'), Type.Literal('not_asked')], {
      description: 'no_objection 对调解员无异议 | objection 提出异议 | not_asked 尚未询问',
    }),
    note: Type.String({ maxLength: 500 }),
  },
  { additionalProperties: false },
)
export type DisclosureAnswer = Static<typeof DisclosureAnswerSchema>

export const PartyStatementSchema = Type.Object(
  {
    partyId: Type.String(),
    claims: Type.String({ maxLength: 2000, description: '请求事项' }),
    statements: Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), {
      maxItems: 100,
      description: "陈述: the intake account and the party's own messages in the joint session (no system events)",
    }),
  },
  { additionalProperties: false },
)
export type PartyStatement = Static<typeof PartyStatementSchema>

export const RecordEvidenceSchema = Type.Object(
  {
    fileId: Type.Union([Type.String(), Type.Null()], { description: 'case file, or null for a described item' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    producedBy: Type.String({ maxLength: 100, description: '提交人' }),
    note: Type.String({ maxLength: 500 }),
  },
  { additionalProperties: false },
)
export type RecordEvidence = Static<typeof RecordEvidenceSchema>

export const RecordContentSchema = Type.Object(
  {
    heldAt: Type.String({ minLength: 1, maxLength: 100, description: '调解时间，如 2026年11月26日 14:00—15:30' }),
    place: Type.String({ minLength: 1, maxLength: 200, description: '地点，或 线上调解室（会话编号）' }),
    mode: SessionModeSchema,
    recorderName: Type.String({ minLength: 1, maxLength: 50, description: '记录人' }),
    disclosure: Type.Object(
      {
        mediatorStatement: Type.String({ minLength: 1, maxLength: 1000, description: '调解员利益冲突披露 (OMR 13)' }),
        answers: Type.Array(DisclosureAnswerSchema, { maxItems: 20 }),
      },
      { additionalProperties: false },
    ),
    rightsNotice: Type.String({
      minLength: 1,
      maxLength: 3000,
      description: '权利义务告知及让步不作不利证据的告知 (PML 23–24, OMR 18)',
    }),
    statements: Type.Array(PartyStatementSchema, { maxItems: 20 }),
    evidence: Type.Array(RecordEvidenceSchema, { maxItems: 200 }),
    agreedFacts: Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), {
      maxItems: 200,
      description: '双方确认的无争议事实 (OMR 22; the fact sheet agreed items)',
    }),
    disputedPoints: Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 200 }),
    lawExplanation: Type.String({ maxLength: 5000, description: '调解员释法说理' }),
    proposals: Type.String({ maxLength: 5000, description: '调解方案 / 建议' }),
    outcome: Type.Object(
      {
        result: RecordResultSchema,
        reasons: Type.String({ maxLength: 2000, description: 'required for partial and failed (OMR 21)' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)
export type RecordContent = Static<typeof RecordContentSchema>

// ---------- versions and confirmations ----------

export const RecordConfirmationSchema = Type.Object({
  role: Type.Union([Type.Literal('applicant'), Type.Literal('respondent'), Type.Literal('mediator')]),
  partyId: Type.Union([Type.String(), Type.Null()]),
  userId: Type.Union([Type.String(), Type.Null()], { description: 'null while a party has no account yet' }),
  name: Type.String(),
  confirmedAt: Type.Union([Type.String(), Type.Null()], { description: 'null: not yet confirmed this version' }),
})
export type RecordConfirmation = Static<typeof RecordConfirmationSchema>

export const MediationRecordSchema = Type.Object({
  caseId: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  latest: Type.Boolean(),
  sha256: Type.String({ description: 'of the record text; send it back when confirming' }),
  header: RecordHeaderSchema,
  content: RecordContentSchema,
  text: Type.String({ description: 'the full record as plain text, the exact text confirmed and put in the PDF' }),
  confirmations: Type.Array(RecordConfirmationSchema, { description: 'each party and the mediator(s)' }),
  allConfirmedAt: Type.Union([Type.String(), Type.Null()]),
  servedAt: Type.Union([Type.String(), Type.Null()], { description: 'PDF served to the parties’ inboxes' }),
  createdBy: Type.Object({ userId: Type.String(), name: Type.String() }),
  createdAt: Type.String(),
  canEdit: Type.Boolean({ description: 'the caller is a mediator of the case' }),
  canConfirm: Type.Boolean({ description: 'the caller may confirm this version and has not yet' }),
})
export type MediationRecord = Static<typeof MediationRecordSchema>

export const RecordVersionListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      version: Type.Integer(),
      sha256: Type.String(),
      createdAt: Type.String(),
      createdBy: Type.String({ description: 'name' }),
      confirmedCount: Type.Integer(),
      allConfirmedAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
})
export type RecordVersionList = Static<typeof RecordVersionListSchema>

export const SaveRecordBodySchema = Type.Object(
  {
    baseVersion: Type.Integer({
      minimum: 1,
      maximum: MAX_VERSION_NUMBER,
      description: 'the version edited; 409 RECORD_VERSION_STALE if not latest',
    }),
    content: RecordContentSchema,
  },
  { additionalProperties: false },
)
export type SaveRecordBody = Static<typeof SaveRecordBodySchema>

export const ConfirmRecordBodySchema = Type.Object(
  {
    version: VersionNumberSchema,
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'hash of the text the person read' }),
  },
  { additionalProperties: false },
)
export type ConfirmRecordBody = Static<typeof ConfirmRecordBodySchema>

export const RecordVersionParamsSchema = Type.Object({ id: IdSchema, version: VersionNumberSchema })
export const RecordPdfQuerySchema = Type.Object({ version: Type.Optional(VersionNumberSchema) })

// ---------- failure routes (PML 26) and the outcome ----------

export const FAILURE_ROUTE_KINDS = ['arbitration', 'litigation', 'administrative', 'payment_order'] as const
export const FailureRouteKindSchema = Type.Union(FAILURE_ROUTE_KINDS.map((k) => Type.Literal(k)))
export type FailureRouteKind = (typeof FAILURE_ROUTE_KINDS)[number]

export const FailureRouteSchema = Type.Object({
  kind: FailureRouteKindSchema,
  title: Type.String({ description: '如 申请劳动争议仲裁' }),
  body: Type.String({ description: 'where to go and what to bring, plain Chinese' }),
  basis: Type.String({ description: '如 《劳动争议调解仲裁法》第二十七条' }),
  timeLimit: Type.Union([Type.String(), Type.Null()], { description: '如 一年，自知道或应当知道权利被侵害之日起' }),
})
export type FailureRoute = Static<typeof FailureRouteSchema>

export const PartyFailureRoutesSchema = Type.Object({
  partyId: Type.String(),
  role: RecordPartyRoleSchema,
  name: Type.String(),
  routes: Type.Array(FailureRouteSchema),
})
export type PartyFailureRoutes = Static<typeof PartyFailureRoutesSchema>

export const FailureRoutesSchema = Type.Object({
  caseId: Type.String(),
  disputeType: Type.String(),
  disputeTypeName: Type.String(),
  applies: Type.Boolean({ description: 'true once the outcome is failed or partial' }),
  outcome: Type.Union([CaseOutcomeSchema, Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Array(Type.String(), {
    description: 'e.g. the labour 15-day rule (LDMAL 14), limitation interrupted by the mediation application',
  }),
  parties: Type.Array(PartyFailureRoutesSchema),
  disclaimer: Type.String({ description: '本告知为法律信息，不构成法律意见' }),
})
export type FailureRoutes = Static<typeof FailureRoutesSchema>

/** Superset of the assignment area's RecordOutcomeBody: old callers ({ outcome }) keep working. */
export const RecordOutcomeWithReasonBodySchema = Type.Object(
  {
    outcome: CaseOutcomeSchema,
    reason: Type.Optional(
      Type.String({ minLength: 1, maxLength: 1000, description: 'required for partial; the reason failed (OMR 21)' }),
    ),
  },
  { additionalProperties: false },
)
export type RecordOutcomeWithReasonBody = Static<typeof RecordOutcomeWithReasonBodySchema>

export const RecordOutcomeResultSchema = Type.Object({
  ok: Type.Literal(true),
  status: CaseStatusSchema,
  failureRoutes: Type.Union([FailureRoutesSchema, Type.Null()], {
    description: 'for failed and partial: the routes left to each party; the 终止调解告知书 is served to their inbox',
  }),
  noticesServed: Type.Integer({ description: 'parties whose inbox got the 终止调解告知书' }),
})
export type RecordOutcomeResult = Static<typeof RecordOutcomeResultSchema>
