import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'

export const CourtBasisSchema = Type.Union([
  Type.Literal('inviting_court'),
  Type.Literal('party_domicile'),
  Type.Literal('subject_matter'),
  Type.Literal('committee_location'),
])

export const ReadinessCheckSchema = Type.Object({
  code: Type.String({
    description: 'BOTH_PARTIES_CONSENT | WITHIN_30_DAYS | NOT_EXCLUDED | CONTENT_CONFIRMABLE | COURT_COMPETENT',
  }),
  title: Type.String(),
  article: Type.String({ description: '如 民事诉讼法第二百零五条' }),
  status: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('pending')]),
  message: Type.String(),
})
export type ReadinessCheck = Static<typeof ReadinessCheckSchema>

export const CompetentCourtSchema = Type.Object({
  courtId: Type.String(),
  name: Type.String(),
  bases: Type.Array(CourtBasisSchema),
  basisText: Type.String({ description: '如 调解组织所在地、标的物所在地' }),
})

export const ReadinessSchema = Type.Object({
  checks: Type.Array(ReadinessCheckSchema),
  courts: Type.Array(CompetentCourtSchema),
  /** Everything but the parties' consent passes: the application can be prepared. */
  canPrepare: Type.Boolean(),
})
export type Readiness = Static<typeof ReadinessSchema>

export const ReadinessQuerySchema = Type.Object({
  invitingCourtId: Type.Optional(IdSchema),
})

export const ApplicationPartyInputSchema = Type.Object(
  {
    partyId: IdSchema,
    address: Type.String({ minLength: 1, maxLength: 200, description: '住所' }),
    domicileRegionCode: Type.Optional(Type.String({ pattern: '^\\d{6,12}$', description: '住所地行政区划代码' })),
    idProofFileIds: Type.Array(IdSchema, { minItems: 1, maxItems: 5, description: '身份证明材料（已上传的文件）' }),
  },
  { additionalProperties: false },
)

export const ApplicationBodySchema = Type.Object(
  {
    courtId: IdSchema,
    invitingCourtId: Type.Optional(IdSchema),
    parties: Type.Array(ApplicationPartyInputSchema, { minItems: 2, maxItems: 20 }),
  },
  { additionalProperties: false },
)
export type ApplicationBody = Static<typeof ApplicationBodySchema>

export const JudicialStatusSchema = Type.Union([
  Type.Literal('awaiting_parties'),
  Type.Literal('submitted'),
  Type.Literal('filed'),
  Type.Literal('materials_requested'),
  Type.Literal('confirmed'),
  Type.Literal('rejected'),
])
export type JudicialStatus = Static<typeof JudicialStatusSchema>

export const MaterialRequestSchema = Type.Object({
  id: Type.String(),
  message: Type.String(),
  requestedAt: Type.String(),
  dueDate: Type.Union([Type.String(), Type.Null()], {
    description: 'YYYY-MM-DD, 法院指定的补充期限（民诉法解释第三百五十四条）',
  }),
  fileIds: Type.Array(Type.String()),
  suppliedAt: Type.Union([Type.String(), Type.Null()]),
})

/** The application's text (legal-reference §6.4), the same data its PDF is rendered from. */
export const ApplicationTextSchema = Type.Object({
  applicants: Type.Array(
    Type.Object({
      name: Type.String(),
      roleLabel: Type.String({ description: '申请人 | 申请人（原被申请人）' }),
      address: Type.String({ description: '住所' }),
      phone: Type.String(),
      serviceAddress: Type.String({ description: '送达地址' }),
    }),
  ),
  request: Type.String({ description: '请求事项' }),
  factsAndReasons: Type.Array(Type.String(), { description: '事实与理由，按段' }),
  agreementSummary: Type.Array(Type.String(), { description: '协议主要内容（各条款）' }),
  undertaking: Type.String({ description: '申请人承诺' }),
  addressee: Type.String({ description: '此致的人民法院' }),
  date: Type.String({ description: 'YYYY-MM-DD' }),
})
export type ApplicationText = Static<typeof ApplicationTextSchema>

export const JudicialApplicationSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  court: Type.Object({ id: Type.String(), name: Type.String() }),
  courtBases: Type.Array(CourtBasisSchema),
  status: JudicialStatusSchema,
  agreementDocumentRowId: Type.String(),
  agreementEffectiveAt: Type.Union([Type.String(), Type.Null()]),
  applicationFileId: Type.Union([Type.String(), Type.Null()]),
  /** Readable before opening the PDF; null only if the stored content cannot be read. */
  text: Type.Union([ApplicationTextSchema, Type.Null()]),
  attachments: Type.Array(Type.Object({ label: Type.String(), fileId: Type.Union([Type.String(), Type.Null()]) })),
  parties: Type.Array(
    Type.Object({
      partyId: Type.String(),
      name: Type.String(),
      role: Type.String(),
      confirmedAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  courtCaseNumber: Type.Union([Type.String(), Type.Null()]),
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  filedAt: Type.Union([Type.String(), Type.Null()]),
  decisionDueDate: Type.Union([Type.String(), Type.Null()], { description: 'YYYY-MM-DD; JUDICIAL_DECISION_DAYS' }),
  overdue: Type.Boolean(),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
  decisionReasons: Type.Union([Type.String(), Type.Null()]),
  rulingFileId: Type.Union([Type.String(), Type.Null()]),
  /** After a rejection: the routes open to the parties (PML 33, CPL 206). */
  nextRoutes: Type.Array(Type.String()),
  materialRequests: Type.Array(MaterialRequestSchema),
})
export type JudicialApplication = Static<typeof JudicialApplicationSchema>

export const JudicialQueueQuerySchema = Type.Object({
  status: Type.Optional(JudicialStatusSchema),
})
export const JudicialQueueSchema = Type.Object({ items: Type.Array(JudicialApplicationSchema) })
export type JudicialQueue = Static<typeof JudicialQueueSchema>

export const ApplicationIdParamsSchema = Type.Object({ applicationId: IdSchema })
export const MaterialRequestParamsSchema = Type.Object({ applicationId: IdSchema, requestId: IdSchema })

export const FileApplicationBodySchema = Type.Object(
  { courtCaseNumber: Type.String({ minLength: 3, maxLength: 60, description: '如（2026）渝0107民特123号' }) },
  { additionalProperties: false },
)
export const MaterialRequestBodySchema = Type.Object(
  {
    message: Type.String({ minLength: 2, maxLength: 1000, description: '需补充的材料' }),
    dueDate: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description: 'YYYY-MM-DD，补充期限（民诉法解释第三百五十四条）',
      }),
    ),
  },
  { additionalProperties: false },
)
export type MaterialRequestBody = Static<typeof MaterialRequestBodySchema>
export const SupplyMaterialsBodySchema = Type.Object(
  { fileIds: Type.Array(IdSchema, { minItems: 1, maxItems: 20 }) },
  { additionalProperties: false },
)
export const DecisionBodySchema = Type.Object(
  {
    outcome: Type.Union([Type.Literal('valid'), Type.Literal('rejected')]),
    reasons: Type.Optional(Type.String({ minLength: 2, maxLength: 2000, description: '驳回理由（驳回时必填）' })),
  },
  { additionalProperties: false },
)
export type DecisionBody = Static<typeof DecisionBodySchema>
