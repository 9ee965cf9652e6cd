import {
  CALCULATOR_INPUT_SCHEMAS,
  CALCULATOR_KINDS,
  type CalculationResult,
  type CalculatorDescriptor,
  type CalculatorKind,
} from '@contract/calculators'
import { finish, type Calculation } from './calculation'
import type { CalculatorContext } from './context'
import { CalculatorInput } from './input'
import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { lostIncome } from './lost-income'
import { nursing } from './nursing'
import { hospitalMeal, nutrition } from './daily-allowance'
import { disabilityCompensation } from './disability-compensation'
import { deathCompensation } from './death-compensation'
import { funeral } from './funeral'
import { workInjuryDisabilitySubsidy } from './work-injury-disability-subsidy'
import { workInjuryStoppageWages } from './work-injury-stoppage-wages'
import { economicCompensation, illegalTermination } from './economic-compensation'
import { noticePay } from './notice-pay'
import { doubleWages } from './double-wages'
import { lateDeliveryPenalty } from './late-delivery-penalty'
import { loanInterest } from './loan-interest'

type Calculator = (input: CalculatorInput, context: CalculatorContext) => Calculation

interface CalculatorEntry {
  label: string
  description: string
  calculate: Calculator
}

export const CALCULATORS: Record<CalculatorKind, CalculatorEntry> = {
  'lost-income': {
    label: '误工费',
    description: '误工天数 × 日收入（月收入 ÷ 30，年收入 ÷ 365）',
    calculate: lostIncome,
  },
  nursing: { label: '护理费', description: '护理天数 × 护理人数 × 日标准', calculate: nursing },
  'hospital-meal': { label: '住院伙食补助费', description: '日标准 × 住院天数', calculate: hospitalMeal },
  nutrition: { label: '营养费', description: '日标准 × 天数（依医疗机构意见）', calculate: nutrition },
  'disability-compensation': {
    label: '残疾赔偿金',
    description: '城镇居民人均可支配收入 × 赔偿年限 × 伤残系数',
    calculate: disabilityCompensation,
  },
  'death-compensation': {
    label: '死亡赔偿金',
    description: '城镇居民人均可支配收入 × 赔偿年限',
    calculate: deathCompensation,
  },
  funeral: { label: '丧葬费', description: '职工月平均工资 × 6 个月', calculate: funeral },
  'work-injury-disability-subsidy': {
    label: '一次性伤残补助金',
    description: '本人工资 × 伤残等级对应月数',
    calculate: workInjuryDisabilitySubsidy,
  },
  'work-injury-stoppage-wages': {
    label: '停工留薪期工资',
    description: '原月工资 × 停工留薪月数',
    calculate: workInjuryStoppageWages,
  },
  'economic-compensation': {
    label: '经济补偿',
    description: '工作年限 N × 月平均工资（三倍封顶）',
    calculate: economicCompensation,
  },
  'illegal-termination': {
    label: '违法解除劳动合同赔偿金',
    description: '经济补偿 × 2',
    calculate: illegalTermination,
  },
  'notice-pay': { label: '代通知金', description: '一个月工资', calculate: noticePay },
  'double-wages': {
    label: '未签书面劳动合同二倍工资差额',
    description: '月工资 × 未签合同月数（最长 11 个月）',
    calculate: doubleWages,
  },
  'late-delivery-penalty': {
    label: '逾期交房违约金',
    description: '基数 × 日违约金比例 × 逾期天数',
    calculate: lateDeliveryPenalty,
  },
  'loan-interest': {
    label: '民间借贷利息',
    description: '本金 × 年利率 × 期间（四倍 LPR 上限）',
    calculate: loanInterest,
  },
}

export function isCalculatorKind(kind: string): kind is CalculatorKind {
  return (CALCULATOR_KINDS as readonly string[]).includes(kind)
}

export function listCalculators(): CalculatorDescriptor[] {
  return CALCULATOR_KINDS.map((kind) => ({
    kind,
    label: CALCULATORS[kind].label,
    description: CALCULATORS[kind].description,
    inputSchema: CALCULATOR_INPUT_SCHEMAS[kind],
  }))
}

/** Validates `body` for `kind` and computes; bad input throws a 400 AppError naming the field. */
export function runCalculator(kind: string, body: unknown, context: CalculatorContext = {}): CalculationResult {
  if (!isCalculatorKind(kind)) {
    throw calculatorInputError(CODES.unknownKind, 'kind', `不支持的计算类型：${kind}`)
  }
  return finish(kind, CALCULATORS[kind].calculate(CalculatorInput.parse(body), context))
}
