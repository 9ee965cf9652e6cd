import { exact, type Exact } from './exact'
import { compareDates, dayNumber, formatDate, type CalendarDate } from './dates'
import { figure, percent, yuan } from './format'
import type { CalculatorInput } from './input'
import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'

/** Contracts formed from this date fall under the 4× LPR ceiling (2020 revision of the private-lending rules). */
const LPR_REGIME_START: CalendarDate = { year: 2020, month: 8, day: 20 }

/**
 * 民间借贷利息: principal × annual rate × period (years, or days ÷ 365 from startDate to endDate). A rate above
 * four times the one-year LPR at contract formation is not protected; the protected interest is the total.
 */
export function loanInterest(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const principal = exact(input.number('principal', '借款本金'))
  const agreedRate = input.number('annualRate', '约定年利率', { max: 10 })
  const lpr = input.optionalNumber('lprAtContract', '合同成立时一年期LPR', { min: 0, exclusiveMin: true, max: 1 })
  const dayBasis = input.choice('dayCountBasis', '计息年天数', [365, 360] as const, 365)
  const { period, periodText, startDate } = readPeriod(input, dayBasis)

  let rate = exact(agreedRate)
  let rateText = `年利率 ${percent(agreedRate)}`
  if (lpr !== undefined) {
    const ceiling = exact(lpr).mul(4)
    if (rate.compare(ceiling) > 0) {
      const agreedInterest = principal.mul(rate).mul(period)
      rate = ceiling
      rateText = `约定年利率 ${percent(agreedRate)} 超过合同成立时一年期 LPR ${percent(lpr)} 的四倍，按 ${percent(ceiling)} 计`
      calculation.warnings.push(
        `约定年利率 ${percent(agreedRate)} 超过合同成立时一年期贷款市场报价利率四倍（${percent(ceiling)}），超过部分不受保护；按约定利率计算为 ${yuan(agreedInterest)} 元`,
      )
    }
  } else {
    calculation.warnings.push('未提供合同成立时一年期贷款市场报价利率（lprAtContract），未核对四倍 LPR 保护上限')
  }
  if (startDate && compareDates(startDate, LPR_REGIME_START) < 0) {
    calculation.warnings.push('2020 年 8 月 20 日前成立的借贷合同，此前期间的利率上限适用当时的司法解释，请核对')
  }
  const amount = principal.mul(rate).mul(period)
  calculation.items.push({
    key: 'loan-interest',
    label: '借款利息',
    amount,
    formula: `本金 ${figure(principal)} 元 × ${rateText} × ${periodText} = ${yuan(amount)} 元`,
    basis: [cite(LAW.civilCode, '第六百八十条'), cite(LAW.privateLending, '第二十五条')],
  })
  return calculation
}

function readPeriod(
  input: CalculatorInput,
  dayBasis: number,
): { period: Exact; periodText: string; startDate?: CalendarDate } {
  const byDates = input.has('startDate') || input.has('endDate')
  if (byDates && input.has('years')) {
    throw calculatorInputError(
      CODES.conflict,
      'years',
      '计息起止日期（startDate、endDate）与计息年数（years）只能填写一种',
    )
  }
  if (!byDates) {
    if (!input.has('years')) {
      throw calculatorInputError(
        CODES.fieldRequired,
        'years',
        '请填写计息年数（years），或起息日（startDate）和计息截止日（endDate）',
      )
    }
    const years = input.number('years', '计息年数', { max: 100 })
    return { period: exact(years), periodText: `${figure(years)} 年` }
  }
  const startDate = input.date('startDate', '起息日')
  const endDate = input.date('endDate', '计息截止日')
  if (compareDates(endDate, startDate) < 0) {
    throw calculatorInputError(CODES.dateOrder, 'endDate', '计息截止日（endDate）不能早于起息日（startDate）')
  }
  const days = dayNumber(endDate) - dayNumber(startDate)
  return {
    period: exact(days).div(dayBasis),
    periodText: `${formatDate(startDate)} 至 ${formatDate(endDate)} 共 ${days} 天 ÷ ${dayBasis}`,
    startDate,
  }
}
