import { exact, type Exact } from './exact'
import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { figure, percent, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'
import { requiredFigure, type CalculatorContext } from './context'
import { compensationYears, yearsExplanation } from './personal-injury-years'

/**
 * Court practice: grade 1 = 100%, 10% less per grade, grade 10 = 10%. Not in the interpretation itself
 * (legal-reference §5.11, UNVERIFIED), so an explicit `coefficient` overrides it and a warning says so.
 */
export const DEFAULT_DISABILITY_COEFFICIENTS: Record<number, number> = {
  1: 1,
  2: 0.9,
  3: 0.8,
  4: 0.7,
  5: 0.6,
  6: 0.5,
  7: 0.4,
  8: 0.3,
  9: 0.2,
  10: 0.1,
}

/** 残疾赔偿金 (PI-Interp 12): urban per-capita disposable income × years by age × disability coefficient. */
export function disabilityCompensation(input: CalculatorInput, context: CalculatorContext): Calculation {
  const calculation = newCalculation()
  const income = requiredFigure(input, context, calculation, {
    field: 'perCapitaDisposableIncome',
    label: '城镇居民人均可支配收入',
    kind: 'urbanDisposableIncome',
  })
  const age = input.number('age', '定残时年龄', { integer: true, max: 130 })
  const grade = input.optionalNumber('grade', '伤残等级', { integer: true, min: 1, max: 10 })
  const explicit = input.optionalNumber('coefficient', '伤残赔偿系数', { min: 0, exclusiveMin: true, max: 1 })
  if (grade === undefined && explicit === undefined) {
    throw calculatorInputError(
      CODES.fieldRequired,
      'grade',
      '请填写伤残等级（grade，1–10）或伤残赔偿系数（coefficient）',
    )
  }
  let coefficient: Exact
  let coefficientText: string
  if (explicit !== undefined) {
    coefficient = exact(explicit)
    coefficientText = `伤残赔偿系数 ${percent(explicit)}`
  } else {
    coefficient = exact(DEFAULT_DISABILITY_COEFFICIENTS[grade as number])
    coefficientText = `${grade} 级伤残系数 ${percent(coefficient)}`
    calculation.warnings.push(
      '伤残等级对应的赔偿系数（一级 100%，每级递减 10%）系审判实践做法，司法解释未作规定，可按鉴定意见或当地标准以 coefficient 调整',
    )
  }
  const years = compensationYears(age)
  const amount = income.mul(years).mul(coefficient)
  calculation.items.push({
    key: 'disability-compensation',
    label: '残疾赔偿金',
    amount,
    formula: `城镇居民人均可支配收入 ${figure(income)} 元/年 × ${years} 年 × ${coefficientText} = ${yuan(amount)} 元（${yearsExplanation(age)}）`,
    basis: [cite(LAW.civilCode, '第一千一百七十九条'), cite(LAW.personalInjury, '第十二条')],
  })
  calculation.warnings.push(
    '被扶养人生活费计入残疾赔偿金，须另行按城镇居民人均消费支出计算（人身损害赔偿解释第十六条、第十七条）',
  )
  return calculation
}
