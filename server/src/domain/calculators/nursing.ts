import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { exact, type Exact } from './exact'
import { figure, yuan } from './format'
import { checkNumber, type CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'

/** PI-Interp 8: a reasonable period of at most 20 years when self-care is never regained. */
const MAX_NURSING_DAYS = 20 * 365

/** 护理费 (PI-Interp 8): Σ(days × carers) × daily rate; an annual income gives the rate ÷ 365. */
export function nursing(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const periods = input.array('periods', '护理期间', 50).map((period, index) => ({
    days: checkNumber(period.days, `periods[${index}].days`, `第 ${index + 1} 段护理天数`, { integer: true }),
    carers: checkNumber(period.carers ?? 1, `periods[${index}].carers`, `第 ${index + 1} 段护理人数`, {
      integer: true,
      min: 1,
      max: 10,
    }),
  }))
  const source = input.oneOf([
    { field: 'dailyRate', label: '护理日标准' },
    { field: 'annualIncome', label: '护理人员年收入' },
  ])
  let rate: Exact
  let rateText: string
  if (source === 'dailyRate') {
    const dailyRate = input.number('dailyRate', '护理日标准')
    rate = exact(dailyRate)
    rateText = `${figure(dailyRate)} 元/天`
  } else {
    const annual = input.number('annualIncome', '护理人员年收入')
    rate = exact(annual).div(365)
    rateText = `年收入 ${figure(annual)} 元 ÷ 365`
  }
  if (periods.reduce((total, p) => total + p.days, 0) > MAX_NURSING_DAYS) {
    throw calculatorInputError(CODES.outOfRange, 'periods', '护理期限合计不能超过二十年（人身损害赔偿解释第八条）')
  }
  const carerDays = periods.reduce((total, p) => total + p.days * p.carers, 0)
  const amount = rate.mul(carerDays)
  const periodText = periods.map((p) => `${p.days} 天 × ${p.carers} 人`).join(' + ')
  calculation.items.push({
    key: 'nursing',
    label: '护理费',
    amount,
    formula: `护理标准 ${rateText} × (${periodText}) = ${yuan(amount)} 元`,
    basis: [cite(LAW.civilCode, '第一千一百七十九条'), cite(LAW.personalInjury, '第八条')],
  })
  if (periods.some((p) => p.carers > 1)) {
    calculation.warnings.push('护理人数原则上为一人；多人护理须有医疗机构或鉴定机构明确意见（人身损害赔偿解释第八条）')
  }
  return calculation
}
