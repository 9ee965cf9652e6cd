import { exact } from './exact'
import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'

/** 代通知金 (劳动合同法 40): one extra month's wage instead of 30 days' written notice. */
export function noticePay(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const wage = exact(input.number('monthlyWage', '上一个月工资'))
  calculation.items.push({
    key: 'notice-pay',
    label: '代通知金',
    amount: wage,
    formula: `上一个月工资 ${figure(wage)} 元 × 1 个月 = ${yuan(wage)} 元`,
    basis: [cite(LAW.labourContract, '第四十条'), cite(LAW.labourContractRegulation, '第二十条')],
  })
  calculation.warnings.push('代通知金仅适用于劳动合同法第四十条规定的情形且用人单位未提前三十日书面通知')
  return calculation
}
