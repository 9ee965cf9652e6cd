import { exact } from './exact'
import { dayNumber, compareDates, formatDate } from './dates'
import { figure, percent, yuan } from './format'
import type { CalculatorInput } from './input'
import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'

/**
 * 逾期交房违约金: base × agreed daily rate × days late, counted from the day after the agreed date up to and
 * including the actual delivery date; optionally capped at a fraction of the base.
 */
export function lateDeliveryPenalty(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const price = exact(input.number('price', '违约金计算基数'))
  const dailyRate = input.number('dailyRate', '日违约金比例', { max: 0.05 })
  const capRate = input.optionalNumber('capRate', '违约金上限比例', { min: 0, exclusiveMin: true, max: 1 })
  let days: number
  let daysText: string
  if (input.has('agreedDate') || input.has('deliveredDate')) {
    if (input.has('days')) {
      throw calculatorInputError(
        CODES.conflict,
        'days',
        '交房日期（agreedDate、deliveredDate）与逾期天数（days）只能填写一种',
      )
    }
    const agreed = input.date('agreedDate', '约定交房日期')
    const delivered = input.date('deliveredDate', '实际交房日期')
    if (compareDates(delivered, agreed) < 0) {
      throw calculatorInputError(
        CODES.dateOrder,
        'deliveredDate',
        '实际交房日期（deliveredDate）早于约定交房日期（agreedDate），不存在逾期',
      )
    }
    days = dayNumber(delivered) - dayNumber(agreed)
    daysText = `自约定交房日 ${formatDate(agreed)} 次日起至实际交房日 ${formatDate(delivered)} 共 ${days} 天`
  } else {
    days = input.number('days', '逾期天数（或约定与实际交房日期）', { integer: true })
    daysText = `逾期 ${days} 天`
  }
  const uncapped = price.mul(dailyRate).mul(days)
  let amount = uncapped
  let capText = ''
  if (capRate !== undefined) {
    const cap = price.mul(capRate)
    if (uncapped.compare(cap) > 0) {
      amount = cap
      capText = `，超过约定上限 ${figure(price)} 元 × ${percent(capRate)} = ${yuan(cap)} 元，按上限计`
    }
  }
  calculation.items.push({
    key: 'late-delivery-penalty',
    label: '逾期交房违约金',
    amount,
    formula: `${daysText}；${figure(price)} 元 × 日 ${percent(dailyRate)} × ${days} 天 = ${yuan(uncapped)} 元${capText}`,
    basis: [
      cite(LAW.civilCode, '第五百七十七条'),
      cite(LAW.civilCode, '第五百八十五条'),
      cite(LAW.housingSale, '第十二条'),
    ],
  })
  calculation.warnings.push(
    '约定违约金过分高于实际损失（超过损失 30%）的可请求减少，低于损失的可请求增加（商品房买卖合同解释第十二条）；未约定违约金的，按同地段同类房屋租金标准确定（第十三条）',
  )
  return calculation
}
