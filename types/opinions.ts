import { Type, type Static } from '@sinclair/typebox'
import { CalculationResultSchema, CalculatorKindSchema } from './calculators'

/** Blocks of an opinion section; the mini-program renders them and the PDF renderer prints them. */
export const OpinionBlockSchema = Type.Union([
  Type.Object({ type: Type.Literal('paragraph'), text: Type.String() }),
  Type.Object({ type: Type.Literal('list'), items: Type.Array(Type.String()) }),
  Type.Object({
    type: Type.Literal('fact'),
    text: Type.String(),
    statedBy: Type.String({ description: '由谁陈述，如 申请人张三' }),
  }),
  Type.Object({
    type: Type.Literal('law'),
    law: Type.String(),
    article: Type.String(),
    summary: Type.String({ description: '条文大意（释义，非官方文本），页面中可展开' }),
  }),
  Type.Object({
    type: Type.Literal('table'),
    columns: Type.Array(Type.String()),
    rows: Type.Array(Type.Array(Type.String())),
  }),
])
export type OpinionBlock = Static<typeof OpinionBlockSchema>

export const OPINION_SECTION_KEYS = [
  'addressee', // 致送对象
  'materials', // 依据的材料
  'facts', // 对事实的理解
  'issues', // 争议焦点
  'law', // 适用的法律
  'analysis', // 分析与计算
  'conclusion', // 结论与调解建议
  'limitations', // 局限性说明
  'issuer', // 出具信息
] as const
export const OpinionSectionKeySchema = Type.Union(OPINION_SECTION_KEYS.map((k) => Type.Literal(k)))

export const OpinionSectionSchema = Type.Object({
  key: OpinionSectionKeySchema,
  heading: Type.String(),
  blocks: Type.Array(OpinionBlockSchema),
})
export type OpinionSection = Static<typeof OpinionSectionSchema>

export const OpinionAmountSchema = Type.Object({
  amount: Type.Number({ description: '元' }),
  inWords: Type.String({ description: '大写，如 人民币叁万伍仟元整' }),
})
export type OpinionAmount = Static<typeof OpinionAmountSchema>

export const OpinionDocumentSchema = Type.Object({
  title: Type.String(),
  caseNumber: Type.String(),
  generatedAt: Type.String(),
  generatorVersion: Type.String(),
  sections: Type.Array(OpinionSectionSchema),
  total: OpinionAmountSchema,
  settlementRange: Type.Object({ low: OpinionAmountSchema, high: OpinionAmountSchema }),
  calculations: Type.Array(
    Type.Composite([
      CalculationResultSchema,
      Type.Object({
        responsibilityRatio: Type.Number(),
        payable: Type.Number({ description: '按责任比例应承担的金额' }),
      }),
    ]),
  ),
})
export type OpinionDocument = Static<typeof OpinionDocumentSchema>

export const OpinionSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  version: Type.Integer(),
  createdAt: Type.String(),
  document: OpinionDocumentSchema,
})
export type Opinion = Static<typeof OpinionSchema>

export const OpinionVersionListSchema = Type.Object({
  items: Type.Array(
    Type.Object({ id: Type.String(), version: Type.Integer(), createdAt: Type.String(), total: Type.Number() }),
  ),
})
export type OpinionVersionList = Static<typeof OpinionVersionListSchema>

export const OpinionCalculationRequestSchema = Type.Object({
  kind: CalculatorKindSchema,
  input: Type.Record(Type.String(), Type.Unknown(), { description: '该计算器的输入，见 GET /calculators' }),
  responsibilityRatio: Type.Optional(
    Type.Number({ exclusiveMinimum: 0, maximum: 1, description: '对方应承担的责任比例，默认 1（全部）' }),
  ),
})
export type OpinionCalculationRequest = Static<typeof OpinionCalculationRequestSchema>

export const OpinionGenerateBodySchema = Type.Object({
  addressee: Type.Optional(Type.String({ maxLength: 60, description: '致送对象，默认为申请人' })),
  calculations: Type.Optional(
    Type.Array(OpinionCalculationRequestSchema, {
      maxItems: 20,
      description: '不提供时使用案件事实中的 calculations',
    }),
  ),
  settlementLowRatio: Type.Optional(
    Type.Number({ minimum: 0.5, maximum: 1, description: '调解建议区间下限占合计金额的比例，默认 0.8' }),
  ),
})
export type OpinionGenerateBody = Static<typeof OpinionGenerateBodySchema>
