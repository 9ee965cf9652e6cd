import { exact } from './exact'
import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'

/** 停工留薪期工资 (工伤保险条例 33): original pay for the suspension period, generally ≤ 12 months, + ≤ 12. */
export function workInjuryStoppageWages(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const monthlyWage = input.number('monthlyWage', '原工资福利待遇（月）')
  const months = input.number('months', '停工留薪期月数', { max: 24 })
  const amount = exact(monthlyWage).mul(months)
  calculation.items.push({
    key: 'work-injury-stoppage-wages',
    label: '停工留薪期工资',
    amount,
    formula: `月工资 ${figure(monthlyWage)} 元 × ${figure(months)} 个月 = ${yuan(amount)} 元`,
    basis: [cite(LAW.workInjury, '第三十三条')],
  })
  if (months > 12) {
    calculation.warnings.push(
      '停工留薪期一般不超过 12 个月，延长须经设区的市级劳动能力鉴定委员会确认（工伤保险条例第三十三条）',
    )
  }
  return calculation
}
