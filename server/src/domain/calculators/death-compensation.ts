import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'
import { requiredFigure, type CalculatorContext } from './context'
import { compensationYears, yearsExplanation } from './personal-injury-years'

/** 死亡赔偿金 (PI-Interp 15): urban per-capita disposable income × years by age. */
export function deathCompensation(input: CalculatorInput, context: CalculatorContext): Calculation {
  const calculation = newCalculation()
  const income = requiredFigure(input, context, calculation, {
    field: 'perCapitaDisposableIncome',
    label: '城镇居民人均可支配收入',
    kind: 'urbanDisposableIncome',
  })
  const age = input.number('age', '死亡时年龄', { integer: true, max: 130 })
  const years = compensationYears(age)
  const amount = income.mul(years)
  calculation.items.push({
    key: 'death-compensation',
    label: '死亡赔偿金',
    amount,
    formula: `城镇居民人均可支配收入 ${figure(income)} 元/年 × ${years} 年 = ${yuan(amount)} 元（${yearsExplanation(age)}）`,
    basis: [cite(LAW.civilCode, '第一千一百七十九条'), cite(LAW.personalInjury, '第十五条')],
  })
  calculation.warnings.push(
    '被扶养人生活费计入死亡赔偿金，须另行按城镇居民人均消费支出计算（人身损害赔偿解释第十六条、第十七条）',
  )
  return calculation
}
