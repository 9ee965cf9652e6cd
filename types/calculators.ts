import { Type, type Static, type TSchema } from '@sinclair/typebox'

/**
 * Statutory calculators. Amounts are in yuan; every result is computed exactly and rounded to the fen only at
 * the end. Inputs that can come from the regional-figures table accept `region` + `year` instead of the figure.
 */
export const CALCULATOR_KINDS = [
  'lost-income',
  'nursing',
  'hospital-meal',
  'nutrition',
  'disability-compensation',
  'death-compensation',
  'funeral',
  'work-injury-disability-subsidy',
  'work-injury-stoppage-wages',
  'economic-compensation',
  'illegal-termination',
  'notice-pay',
  'double-wages',
  'late-delivery-penalty',
  'loan-interest',
] as const
export const CalculatorKindSchema = Type.Union(CALCULATOR_KINDS.map((k) => Type.Literal(k)))
export type CalculatorKind = (typeof CALCULATOR_KINDS)[number]

export const CalculatorKindParamsSchema = Type.Object({ kind: CalculatorKindSchema })

/**
 * Real-world ceilings of calculator inputs (yuan unless said otherwise). They are far above any genuine case
 * (a monthly wage of 1,000,000 yuan, a flat of 10 billion) and keep every result and formula finite and readable:
 * `monthlyIncome: 1e308` once produced `total: null` and a 300-digit formula.
 */
export const CALCULATOR_INPUT_LIMITS = {
  /** a day's income or allowance */
  dailyYuan: 100_000,
  /** a month's wage or income */
  monthlyYuan: 1_000_000,
  /** a year's income or per-capita figure */
  annualYuan: 12_000_000,
  /** a price, purchase amount or loan principal */
  principalYuan: 10_000_000_000,
  /** days counted by a calculator (100 years) */
  days: 36_500,
  /** months of service (100 years) */
  serviceMonths: 1_200,
} as const
const LIMITS = CALCULATOR_INPUT_LIMITS

/** The description ends in the unit (`（元）`): the mini-program's form reads its label and unit from it. */
const yuan = (description: string, maximum: number) =>
  Type.Number({ minimum: 0, maximum, description: `${description}（元）` })
const date = (description: string) =>
  Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${description}（YYYY-MM-DD）` })
const days = (description: string) =>
  Type.Integer({ minimum: 0, maximum: LIMITS.days, description: `${description}（天）` })
const grade = (description: string) => Type.Integer({ minimum: 1, maximum: 10, description })

/** Where a figure may come from the regional table instead of being typed in. */
const RegionalLookup = {
  region: Type.Optional(Type.String({ description: '地区代码（如 500000 重庆市），与 year 一起从地区统计数据表取值' })),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description: '统计数据所属年度' })),
}

export const LostIncomeInputSchema = Type.Object(
  {
    days: days('误工天数'),
    monthlyIncome: Type.Optional(yuan('月收入，日收入 = 月收入 ÷ 30', LIMITS.monthlyYuan)),
    annualIncome: Type.Optional(yuan('年收入，日收入 = 年收入 ÷ 365', LIMITS.annualYuan)),
    dailyIncome: Type.Optional(yuan('日收入', LIMITS.dailyYuan)),
  },
  { description: '误工费：天数 × 日收入；monthlyIncome、annualIncome、dailyIncome 三选一' },
)

export const NursingPeriodSchema = Type.Object({
  days: days('护理天数'),
  carers: Type.Integer({ minimum: 1, maximum: 10, description: '护理人数' }),
})
export const NursingInputSchema = Type.Object(
  {
    periods: Type.Array(NursingPeriodSchema, { minItems: 1, maxItems: 50 }),
    dailyRate: Type.Optional(yuan('护理日标准', LIMITS.dailyYuan)),
    annualIncome: Type.Optional(yuan('护理人员年收入，日标准 = 年收入 ÷ 365', LIMITS.annualYuan)),
  },
  { description: '护理费：Σ(天数 × 人数) × 日标准；dailyRate 与 annualIncome 二选一' },
)

export const DailyAllowanceInputSchema = Type.Object(
  {
    dailyRate: Type.Optional(yuan('日标准（住院伙食补助费可由地区数据表提供）', LIMITS.dailyYuan)),
    days: days('天数'),
    ...RegionalLookup,
  },
  { description: '住院伙食补助费 / 营养费：日标准 × 天数' },
)

export const DisabilityCompensationInputSchema = Type.Object(
  {
    perCapitaDisposableIncome: Type.Optional(
      yuan('受诉法院所在地上一年度城镇居民人均可支配收入（年）', LIMITS.annualYuan),
    ),
    age: Type.Integer({ minimum: 0, maximum: 130, description: '定残日的周岁年龄' }),
    grade: Type.Optional(grade('伤残等级 1–10（1 级最重）')),
    coefficient: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 1, description: '伤残赔偿系数（0–1]，优先于按等级的默认系数' }),
    ),
    ...RegionalLookup,
  },
  { description: '残疾赔偿金：人均可支配收入 × 赔偿年限 × 伤残系数；grade 与 coefficient 至少一项' },
)

export const DeathCompensationInputSchema = Type.Object(
  {
    perCapitaDisposableIncome: Type.Optional(
      yuan('受诉法院所在地上一年度城镇居民人均可支配收入（年）', LIMITS.annualYuan),
    ),
    age: Type.Integer({ minimum: 0, maximum: 130, description: '死亡时的周岁年龄' }),
    ...RegionalLookup,
  },
  { description: '死亡赔偿金：人均可支配收入 × 赔偿年限' },
)

export const FuneralInputSchema = Type.Object(
  {
    averageMonthlyWage: Type.Optional(yuan('受诉法院所在地上一年度职工月平均工资', LIMITS.monthlyYuan)),
    ...RegionalLookup,
  },
  { description: '丧葬费：职工月平均工资 × 6' },
)

export const WorkInjuryDisabilitySubsidyInputSchema = Type.Object(
  {
    grade: grade('工伤伤残等级 1–10'),
    ownMonthlyWage: yuan('本人工资（工伤前 12 个月平均月缴费工资）', LIMITS.monthlyYuan),
    regionalAverageMonthlyWage: Type.Optional(
      yuan('统筹地区上年度职工月平均工资；提供后适用 60% 下限与 300% 上限', LIMITS.monthlyYuan),
    ),
    ...RegionalLookup,
  },
  { description: '一次性伤残补助金：本人工资 × 等级对应月数（27/25/23/21/18/16/13/11/9/7）' },
)

export const WorkInjuryStoppageWagesInputSchema = Type.Object(
  {
    monthlyWage: yuan('原工资福利待遇（月）', LIMITS.monthlyYuan),
    months: Type.Number({
      minimum: 0,
      maximum: 24,
      description: '停工留薪期（月），一般不超过 12 个月，延长不超过 12 个月',
    }),
  },
  { description: '停工留薪期工资：月工资 × 月数' },
)

export const EconomicCompensationInputSchema = Type.Object(
  {
    averageMonthlyWage: yuan('解除或终止前 12 个月平均工资', LIMITS.monthlyYuan),
    startDate: Type.Optional(date('入职日期')),
    endDate: Type.Optional(date('劳动关系最后一日（解除或终止日期）')),
    serviceMonths: Type.Optional(
      Type.Number({ minimum: 0, maximum: LIMITS.serviceMonths, description: '工作月数；未提供起止日期时使用' }),
    ),
    localAverageMonthlyWage: Type.Optional(
      yuan('本地区上年度职工月平均工资；用于三倍封顶与十二年上限', LIMITS.monthlyYuan),
    ),
    minimumMonthlyWage: Type.Optional(yuan('当地最低工资标准；月工资低于此数时按此计算', LIMITS.monthlyYuan)),
    ...RegionalLookup,
  },
  { description: '经济补偿：N × 月工资。startDate + endDate 或 serviceMonths 二选一' },
)

export const NoticePayInputSchema = Type.Object(
  { monthlyWage: yuan('上一个月工资', LIMITS.monthlyYuan) },
  { description: '代通知金：额外支付一个月工资' },
)

export const DoubleWagesInputSchema = Type.Object(
  {
    monthlyWage: yuan('月工资', LIMITS.monthlyYuan),
    hireDate: date('用工之日（入职日期）'),
    endDate: date('计算截止日（离职日或主张截止日）'),
    contractSignedDate: Type.Optional(date('补签书面劳动合同的日期')),
    partialMonthBasis: Type.Optional(
      Type.Union([Type.Literal('workdays'), Type.Literal('calendar30')], {
        description: '不满一月的折算：workdays = 月工资 ÷ 21.75 × 计薪日（默认）；calendar30 = 月工资 ÷ 30 × 日历天数',
      }),
    ),
  },
  { description: '未签书面劳动合同二倍工资差额：自用工满一个月的次日起至补签前一日，最长 11 个月' },
)

export const LateDeliveryPenaltyInputSchema = Type.Object(
  {
    price: yuan('违约金计算基数（通常为购房总价款或已付款）', LIMITS.principalYuan),
    dailyRate: Type.Number({ minimum: 0, maximum: 0.05, description: '约定日违约金比例，如万分之一 = 0.0001' }),
    agreedDate: Type.Optional(date('约定交房日期')),
    deliveredDate: Type.Optional(date('实际交房日期')),
    days: Type.Optional(days('逾期天数；未提供日期时使用')),
    capRate: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 1, description: '违约金上限占基数比例，如 0.03' }),
    ),
  },
  { description: '逾期交房违约金：基数 × 日比例 × 逾期天数，可设上限' },
)

export const LoanInterestInputSchema = Type.Object(
  {
    principal: yuan('借款本金', LIMITS.principalYuan),
    annualRate: Type.Number({ minimum: 0, maximum: 10, description: '约定年利率，如 6% = 0.06' }),
    years: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: '计息年数；未提供日期时使用' })),
    startDate: Type.Optional(date('起息日')),
    endDate: Type.Optional(date('计息截止日')),
    lprAtContract: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 1, description: '合同成立时一年期贷款市场报价利率，如 0.0345' }),
    ),
    dayCountBasis: Type.Optional(
      Type.Union([Type.Literal(365), Type.Literal(360)], { description: '按日计息的年天数，默认 365' }),
    ),
  },
  { description: '民间借贷利息：本金 × 年利率 × 期间；超过合同成立时一年期 LPR 四倍的部分不受保护' },
)

export const CALCULATOR_INPUT_SCHEMAS = {
  'lost-income': LostIncomeInputSchema,
  nursing: NursingInputSchema,
  'hospital-meal': DailyAllowanceInputSchema,
  nutrition: DailyAllowanceInputSchema,
  'disability-compensation': DisabilityCompensationInputSchema,
  'death-compensation': DeathCompensationInputSchema,
  funeral: FuneralInputSchema,
  'work-injury-disability-subsidy': WorkInjuryDisabilitySubsidyInputSchema,
  'work-injury-stoppage-wages': WorkInjuryStoppageWagesInputSchema,
  'economic-compensation': EconomicCompensationInputSchema,
  'illegal-termination': EconomicCompensationInputSchema,
  'notice-pay': NoticePayInputSchema,
  'double-wages': DoubleWagesInputSchema,
  'late-delivery-penalty': LateDeliveryPenaltyInputSchema,
  'loan-interest': LoanInterestInputSchema,
} satisfies Record<CalculatorKind, TSchema>

export type LostIncomeInput = Static<typeof LostIncomeInputSchema>
export type NursingInput = Static<typeof NursingInputSchema>
export type DailyAllowanceInput = Static<typeof DailyAllowanceInputSchema>
export type DisabilityCompensationInput = Static<typeof DisabilityCompensationInputSchema>
export type DeathCompensationInput = Static<typeof DeathCompensationInputSchema>
export type FuneralInput = Static<typeof FuneralInputSchema>
export type WorkInjuryDisabilitySubsidyInput = Static<typeof WorkInjuryDisabilitySubsidyInputSchema>
export type WorkInjuryStoppageWagesInput = Static<typeof WorkInjuryStoppageWagesInputSchema>
export type EconomicCompensationInput = Static<typeof EconomicCompensationInputSchema>
export type NoticePayInput = Static<typeof NoticePayInputSchema>
export type DoubleWagesInput = Static<typeof DoubleWagesInputSchema>
export type LateDeliveryPenaltyInput = Static<typeof LateDeliveryPenaltyInputSchema>
export type LoanInterestInput = Static<typeof LoanInterestInputSchema>

export const LegalBasisSchema = Type.Object({
  law: Type.String({ description: '法律文件名称，如 劳动合同法' }),
  article: Type.String({ description: '条款，如 第四十七条 / 47' }),
})
export type LegalBasis = Static<typeof LegalBasisSchema>

export const CalculationItemSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  amount: Type.Number({ description: '元，已四舍五入到分' }),
  formula: Type.String({ description: '代入数字的中文计算式' }),
  basis: Type.Array(LegalBasisSchema),
})
export type CalculationItem = Static<typeof CalculationItemSchema>

export const FigureUsedSchema = Type.Object({
  name: Type.String(),
  value: Type.Number(),
  unit: Type.String(),
  source: Type.String(),
})
export type FigureUsed = Static<typeof FigureUsedSchema>

export const CalculationResultSchema = Type.Object({
  kind: CalculatorKindSchema,
  total: Type.Number({ description: '元，已四舍五入到分' }),
  items: Type.Array(CalculationItemSchema),
  warnings: Type.Array(Type.String()),
  figuresUsed: Type.Array(FigureUsedSchema, { description: '从地区统计数据表取用的数据及其来源' }),
})
export type CalculationResult = Static<typeof CalculationResultSchema>

export const CalculatorDescriptorSchema = Type.Object({
  kind: CalculatorKindSchema,
  label: Type.String(),
  description: Type.String(),
  inputSchema: Type.Unknown({ description: 'JSON Schema of the POST body' }),
})
export type CalculatorDescriptor = Static<typeof CalculatorDescriptorSchema>

export const CalculatorListSchema = Type.Object({ items: Type.Array(CalculatorDescriptorSchema) })
export type CalculatorList = Static<typeof CalculatorListSchema>

/** Regional statistics (editable by sys_admin). `year` is the statistical year the figure describes. */
export const FIGURE_KIND_VALUES = [
  'urbanDisposableIncome',
  'urbanConsumption',
  'averageAnnualWage',
  'minimumMonthlyWage',
  'hospitalMealDailyRate',
] as const
export const FigureKindSchema = Type.Union(
  FIGURE_KIND_VALUES.map((k) => Type.Literal(k)),
  {
    description:
      'urbanDisposableIncome 城镇居民人均可支配收入（元/年）; urbanConsumption 城镇居民人均消费支出（元/年）; ' +
      'averageAnnualWage 职工年平均工资（元/年）; minimumMonthlyWage 月最低工资标准（元/月）; hospitalMealDailyRate 住院伙食补助费（元/天）',
  },
)

export const RegionalFigureSchema = Type.Object({
  id: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  year: Type.Integer(),
  kind: FigureKindSchema,
  value: Type.Number(),
  source: Type.String({ description: '发布机关与文件；未核对原始公报的会写明' }),
  verified: Type.Boolean({ description: '是否已与官方公报核对' }),
  updatedAt: Type.String(),
})
export type RegionalFigureView = Static<typeof RegionalFigureSchema>

export const RegionalFigureListSchema = Type.Object({ items: Type.Array(RegionalFigureSchema) })
export type RegionalFigureList = Static<typeof RegionalFigureListSchema>

export const RegionalFigureQuerySchema = Type.Object({
  region: Type.Optional(Type.String({ maxLength: 12 })),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  kind: Type.Optional(FigureKindSchema),
})
export type RegionalFigureQuery = Static<typeof RegionalFigureQuerySchema>

export const RegionalFigureInputSchema = Type.Object({
  regionCode: Type.String({ pattern: '^\\d{6}$', description: '六位行政区划代码，000000 = 全国' }),
  regionName: Type.String({ minLength: 2, maxLength: 30 }),
  year: Type.Integer({ minimum: 1990, maximum: 2100 }),
  kind: FigureKindSchema,
  value: Type.Number({ exclusiveMinimum: 0, maximum: 100000000 }),
  source: Type.String({ minLength: 4, maxLength: 300 }),
  verified: Type.Boolean(),
})
export type RegionalFigureInput = Static<typeof RegionalFigureInputSchema>

export const RegionalFigurePatchSchema = Type.Partial(
  Type.Pick(RegionalFigureInputSchema, ['regionName', 'value', 'source', 'verified']),
)
export type RegionalFigurePatch = Static<typeof RegionalFigurePatchSchema>
