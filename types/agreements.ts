import { Type, type Static } from '@sinclair/typebox'
import { IdSchema, IsoDateSchema, VersionNumberSchema } from './common'

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'lower-case hex SHA-256' })
const Yuan = Type.Number({ exclusiveMinimum: 0, maximum: 999_999_999_999, description: '元，最多两位小数' })

export const StatusMatterSchema = Type.Union([
  Type.Literal('marriage'),
  Type.Literal('adoption'),
  Type.Literal('inheritance'),
])

export const PaymentMethodSchema = Type.Union(
  [
    Type.Literal('bank_transfer'),
    Type.Literal('wechat'),
    Type.Literal('alipay'),
    Type.Literal('cash'),
    Type.Literal('other'),
  ],
  { description: '银行转账 / 微信 / 支付宝 / 现金 / 其他（写在 description 里）' },
)
export type PaymentMethod = Static<typeof PaymentMethodSchema>

export const InstalmentSchema = Type.Object({ dueDate: IsoDateSchema, amount: Yuan }, { additionalProperties: false })
export type Instalment = Static<typeof InstalmentSchema>

/**
 * One numbered term (PML 29(3)). A payment names payer, payee, amount, how and when (a due date or an instalment
 * schedule); an obligation is any other act (return the keys, issue a certificate): `payerPartyId` is the party
 * who must act, `payeePartyId` the one it is done for.
 */
export const AgreementTermSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('payment'), Type.Literal('obligation')]),
    payerPartyId: IdSchema,
    payeePartyId: Type.Optional(IdSchema),
    description: Type.String({
      minLength: 1,
      maxLength: 500,
      description: '款项名称或应做的事，如 拖欠工资、退还押金',
    }),
    amount: Type.Optional(Yuan),
    method: Type.Optional(PaymentMethodSchema),
    dueDate: Type.Optional(IsoDateSchema),
    instalments: Type.Optional(Type.Array(InstalmentSchema, { minItems: 2, maxItems: 60 })),
    account: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: '收款账户：户名、开户行、账号' })),
    place: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: '履行地点' })),
  },
  { additionalProperties: false },
)
export type AgreementTerm = Static<typeof AgreementTermSchema>

/** Identity details printed for a party (the case holds name and role; the mediator completes the rest). */
export const AgreementPartyDetailSchema = Type.Object(
  {
    partyId: IdSchema,
    gender: Type.Optional(Type.Union([Type.Literal('男'), Type.Literal('女')])),
    birthDate: Type.Optional(IsoDateSchema),
    idNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: '身份证号或统一社会信用代码' })),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    legalRepresentative: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    agent: Type.Optional(Type.String({ minLength: 1, maxLength: 120, description: '委托代理人及权限' })),
  },
  { additionalProperties: false },
)
export type AgreementPartyDetail = Static<typeof AgreementPartyDetailSchema>

/** What the mediator writes; the template adds the header, parties, effect clauses and copies. */
export const AgreementContentSchema = Type.Object(
  {
    facts: Type.String({ minLength: 1, maxLength: 3000, description: '纠纷主要事实' }),
    issues: Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { minItems: 1, maxItems: 20 }),
    responsibilities: Type.String({ minLength: 1, maxLength: 2000, description: '各方责任' }),
    terms: Type.Array(AgreementTermSchema, { minItems: 1, maxItems: 30 }),
    otherClauses: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 10 })),
    partyDetails: Type.Optional(Type.Array(AgreementPartyDetailSchema, { maxItems: 20 })),
    statusMatters: Type.Optional(Type.Array(StatusMatterSchema, { maxItems: 3 })),
  },
  { additionalProperties: false },
)
export type AgreementContent = Static<typeof AgreementContentSchema>

export const AgreementEditBodySchema = Type.Composite(
  [AgreementContentSchema, Type.Object({ baseVersion: VersionNumberSchema })],
  { additionalProperties: false },
)
export type AgreementEditBody = Static<typeof AgreementEditBodySchema>

export const AgreementClauseSchema = Type.Object({
  key: Type.String({ description: 'stable within a draft: parties, facts, issues, responsibilities, term-1, ...' }),
  label: Type.String({ description: '如 第一条、各方责任' }),
  text: Type.String(),
})
export type AgreementClause = Static<typeof AgreementClauseSchema>

export const AgreementFlagSchema = Type.Object({
  code: Type.String({ description: 'e.g. STATUS_MATTER, OWNERSHIP_DETERMINATION, AMOUNT_UNCLEAR, DATE_MISSING' }),
  severity: Type.Union([Type.Literal('blocking'), Type.Literal('warning')], {
    description: 'blocking: the court would not accept or would reject confirmation',
  }),
  clauseKey: Type.Union([Type.String(), Type.Null()]),
  basis: Type.String({ description: '如 民诉法解释第三百五十八条第五项' }),
  message: Type.String(),
})
export type AgreementFlag = Static<typeof AgreementFlagSchema>

export const AgreementConfirmationSchema = Type.Object({
  partyId: Type.String(),
  name: Type.String(),
  role: Type.String(),
  confirmedAt: Type.Union([Type.String(), Type.Null()]),
})

export const AgreementVersionSchema = Type.Object({
  caseId: Type.String(),
  documentId: Type.String(),
  documentRowId: Type.String({ description: 'the signable version: the signing routes take it' }),
  version: Type.Integer(),
  latest: Type.Boolean(),
  title: Type.String(),
  body: Type.String({ description: 'the exact text confirmed and signed' }),
  sha256: Sha256,
  clauses: Type.Array(AgreementClauseSchema),
  content: AgreementContentSchema,
  flags: Type.Array(AgreementFlagSchema),
  confirmations: Type.Array(AgreementConfirmationSchema),
  confirmedAt: Type.Union([Type.String(), Type.Null()], { description: 'all parties confirmed: signing open' }),
  effectiveAt: Type.Union([Type.String(), Type.Null()]),
  offlineSigningRequired: Type.Boolean({ description: 'ESL art 3: marriage, adoption or inheritance terms' }),
  createdAt: Type.String(),
})
export type AgreementVersion = Static<typeof AgreementVersionSchema>

export const AgreementVersionListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      version: Type.Integer(),
      sha256: Sha256,
      createdAt: Type.String(),
      confirmedAt: Type.Union([Type.String(), Type.Null()]),
      blockingFlags: Type.Integer(),
    }),
  ),
})
export type AgreementVersionList = Static<typeof AgreementVersionListSchema>

export const AgreementTemplateSchema = Type.Object({
  disputeType: Type.String(),
  disputeName: Type.String({ description: '如 劳动报酬纠纷' }),
  parties: Type.Array(Type.Object({ partyId: Type.String(), role: Type.String(), name: Type.String() })),
  suggested: AgreementContentSchema,
})
export type AgreementTemplate = Static<typeof AgreementTemplateSchema>

export const DiffSegmentSchema = Type.Object({
  op: Type.Union([Type.Literal('same'), Type.Literal('added'), Type.Literal('removed')]),
  text: Type.String(),
})

export const AgreementDiffSchema = Type.Object({
  from: Type.Integer(),
  to: Type.Integer(),
  changes: Type.Array(
    Type.Object({
      clauseKey: Type.String(),
      label: Type.String(),
      change: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
      before: Type.Union([Type.String(), Type.Null()]),
      after: Type.Union([Type.String(), Type.Null()]),
      segments: Type.Array(DiffSegmentSchema, { description: 'character-level, to highlight what changed' }),
    }),
  ),
  summary: Type.String({ description: '如 修改 2 处，新增 1 条' }),
})
export type AgreementDiff = Static<typeof AgreementDiffSchema>

export const AgreementDiffQuerySchema = Type.Object({
  from: VersionNumberSchema,
  to: VersionNumberSchema,
})

export const AgreementCommentBodySchema = Type.Object(
  {
    clauseKey: Type.String({ minLength: 1, maxLength: 40 }),
    text: Type.String({ minLength: 1, maxLength: 1000 }),
    proposedText: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: '建议修改为' })),
  },
  { additionalProperties: false },
)
export type AgreementCommentBody = Static<typeof AgreementCommentBodySchema>

export const AgreementCommentSchema = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  clauseKey: Type.String(),
  author: Type.Object({ userId: Type.String(), name: Type.String(), role: Type.String() }),
  text: Type.String(),
  proposedText: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
})
export type AgreementComment = Static<typeof AgreementCommentSchema>
export const AgreementCommentListSchema = Type.Object({ items: Type.Array(AgreementCommentSchema) })

export const AgreementConfirmBodySchema = Type.Object(
  {
    version: VersionNumberSchema,
    documentSha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'hash of the text the party read' }),
  },
  { additionalProperties: false },
)
export type AgreementConfirmBody = Static<typeof AgreementConfirmBodySchema>

export const VersionParamsSchema = Type.Object({ id: IdSchema, version: VersionNumberSchema })
export const DocumentParamsSchema = Type.Object({ id: IdSchema, documentRowId: IdSchema })

/** The case's signable documents (agreement and record versions) with where each stands in signing. */
export const CaseDocumentListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      documentRowId: Type.String(),
      documentId: Type.String(),
      kind: Type.String({ description: 'agreement | record' }),
      title: Type.String(),
      version: Type.Integer(),
      latest: Type.Boolean({ description: 'false: superseded, cannot be signed' }),
      sha256: Sha256,
      confirmedAt: Type.Union([Type.String(), Type.Null()]),
      effectiveAt: Type.Union([Type.String(), Type.Null()]),
      signatures: Type.Integer(),
      sealed: Type.Boolean({ description: 'the sealed final PDF can be downloaded' }),
      offlineRequired: Type.Boolean(),
    }),
  ),
})
export type CaseDocumentList = Static<typeof CaseDocumentListSchema>
