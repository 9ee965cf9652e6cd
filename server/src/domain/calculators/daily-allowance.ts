import { exact, type Exact } from './exact'
import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'
import { requiredFigure, type CalculatorContext } from './context'

/** 住院伙食补助费 (PI-Interp 10): the local meal allowance × days in hospital. */
export function hospitalMeal(input: CalculatorInput, context: CalculatorContext): Calculation {
  const calculation = newCalculation()
  const days = input.number('days', '住院天数', { integer: true })
  const rate = requiredFigure(input, context, calculation, {
    field: 'dailyRate',
    label: '住院伙食补助日标准',
    kind: 'hospitalMealDailyRate',
  })
  calculation.items.push(item('hospital-meal', '住院伙食补助费', rate, days, '住院', '第十条'))
  return calculation
}

/** 营养费 (PI-Interp 11): per medical advice; the rate and days are the court's or the doctor's. */
export function nutrition(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const days = input.number('days', '营养天数', { integer: true })
  const rate = exact(input.number('dailyRate', '营养费日标准'))
  calculation.items.push(item('nutrition', '营养费', rate, days, '营养', '第十一条'))
  calculation.warnings.push('营养费应以医疗机构意见为据，并结合伤残情况确定（人身损害赔偿解释第十一条）')
  return calculation
}

function item(key: string, label: string, rate: Exact, days: number, dayLabel: string, article: string) {
  const amount = rate.mul(days)
  return {
    key,
    label,
    amount,
    formula: `${figure(rate)} 元/天 × ${dayLabel} ${days} 天 = ${yuan(amount)} 元`,
    basis: [cite(LAW.civilCode, '第一千一百七十九条'), cite(LAW.personalInjury, article)],
  }
}
