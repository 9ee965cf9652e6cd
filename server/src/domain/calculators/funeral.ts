import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'
import { requiredFigure, type CalculatorContext } from './context'

/** 丧葬费 (PI-Interp 14): the prior-year average monthly wage where the court sits × 6. */
export function funeral(input: CalculatorInput, context: CalculatorContext): Calculation {
  const calculation = newCalculation()
  const monthly = requiredFigure(input, context, calculation, {
    field: 'averageMonthlyWage',
    label: '职工月平均工资',
    kind: 'averageAnnualWage',
    monthlyFromAnnual: true,
  })
  const amount = monthly.mul(6)
  const monthlyText = input.has('averageMonthlyWage')
    ? `职工月平均工资 ${figure(monthly)} 元`
    : `职工年平均工资 ${figure(monthly.mul(12))} 元 ÷ 12`
  calculation.items.push({
    key: 'funeral',
    label: '丧葬费',
    amount,
    formula: `${monthlyText} × 6 个月 = ${yuan(amount)} 元`,
    basis: [cite(LAW.civilCode, '第一千一百七十九条'), cite(LAW.personalInjury, '第十四条')],
  })
  return calculation
}
