import { exact, type Exact } from './exact'
import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'

/** 误工费 (PI-Interp 7): days off × daily income; monthly income ÷ 30, annual income ÷ 365. */
export function lostIncome(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const days = input.number('days', '误工天数', { integer: true })
  const source = input.oneOf([
    { field: 'monthlyIncome', label: '月收入' },
    { field: 'annualIncome', label: '年收入' },
    { field: 'dailyIncome', label: '日收入' },
  ])
  let daily: Exact
  let dailyText: string
  if (source === 'monthlyIncome') {
    const monthly = input.number('monthlyIncome', '月收入')
    daily = exact(monthly).div(30)
    dailyText = `月收入 ${figure(monthly)} 元 ÷ 30`
  } else if (source === 'annualIncome') {
    const annual = input.number('annualIncome', '年收入')
    daily = exact(annual).div(365)
    dailyText = `年收入 ${figure(annual)} 元 ÷ 365`
  } else {
    const dailyIncome = input.number('dailyIncome', '日收入')
    daily = exact(dailyIncome)
    dailyText = `日收入 ${figure(dailyIncome)} 元`
  }
  const amount = daily.mul(days)
  calculation.items.push({
    key: 'lost-income',
    label: '误工费',
    amount,
    formula: `${dailyText} × 误工 ${days} 天 = ${yuan(amount)} 元`,
    basis: [cite(LAW.civilCode, '第一千一百七十九条'), cite(LAW.personalInjury, '第七条')],
  })
  return calculation
}
