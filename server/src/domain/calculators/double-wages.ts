import { exact, type Exact } from './exact'
import { addDays, addMonths, compareDates, countWeekdays, formatDate, inclusiveSpan, type CalendarDate } from './dates'
import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'

/** Monthly paid days (劳社部发〔2008〕3号): daily wage = monthly wage ÷ 21.75. */
const PAID_DAYS_PER_MONTH = 21.75

/**
 * 未签书面劳动合同二倍工资差额 (劳动合同法 82; 实施条例 6–7): the extra wage from the day after the first month
 * of employment up to the day before a contract is signed, and never past the day before the first
 * anniversary (then an open-ended contract is deemed), so at most 11 months.
 */
export function doubleWages(input: CalculatorInput): Calculation {
  const calculation = newCalculation()
  const wage = exact(input.number('monthlyWage', '月工资'))
  const hire = input.date('hireDate', '用工之日')
  const end = input.date('endDate', '计算截止日')
  const signed = input.optionalDate('contractSignedDate', '补签书面劳动合同日期')
  const basis = input.choice('partialMonthBasis', '不满一月的折算方式', ['workdays', 'calendar30'] as const, 'workdays')
  if (compareDates(end, hire) < 0) {
    throw calculatorInputError(CODES.dateOrder, 'endDate', '计算截止日（endDate）不能早于用工之日（hireDate）')
  }
  const periodStart = addMonths(hire, 1)
  const anniversaryEve = addDays(addMonths(hire, 12), -1)
  const limits: { date: CalendarDate; reason: string }[] = [
    { date: end, reason: '计算截止日' },
    { date: anniversaryEve, reason: '用工满一年的前一日' },
  ]
  if (signed) limits.push({ date: addDays(signed, -1), reason: '补签书面劳动合同的前一日' })
  const periodEnd = limits.reduce((a, b) => (compareDates(b.date, a.date) < 0 ? b : a))

  const citations = [
    cite(LAW.labourContract, '第十条'),
    cite(LAW.labourContract, '第八十二条'),
    cite(LAW.labourContractRegulation, '第六条'),
    cite(LAW.labourContractRegulation, '第七条'),
  ]
  if (compareDates(periodEnd.date, periodStart) < 0) {
    calculation.items.push({
      key: 'double-wages',
      label: '未签书面劳动合同二倍工资差额',
      amount: exact(0),
      formula: `用工之日 ${formatDate(hire)}，${periodEnd.reason}（${formatDate(periodEnd.date)}）未超过用工之日起一个月，不产生二倍工资差额 = 0.00 元`,
      basis: citations,
    })
    return calculation
  }

  const span = inclusiveSpan(periodStart, periodEnd.date)
  let amount = wage.mul(span.months)
  let partialText = ''
  if (span.days > 0) {
    const partialStart = addMonths(periodStart, span.months)
    let partial: Exact
    if (basis === 'workdays') {
      const paidDays = countWeekdays(partialStart, periodEnd.date)
      partial = wage.div(PAID_DAYS_PER_MONTH).mul(paidDays).min(wage)
      partialText = ` + ${figure(wage)} 元 ÷ 21.75 × 计薪日 ${paidDays} 天`
      calculation.warnings.push('不满一个月的部分按月工资 ÷ 21.75 × 计薪日折算，计薪日按周一至周五计算，未考虑调休安排')
      citations.push(cite(LAW.wageConversion, '二、日工资、小时工资的折算'))
    } else {
      partial = wage.div(30).mul(span.days).min(wage)
      partialText = ` + ${figure(wage)} 元 ÷ 30 × ${span.days} 天`
    }
    amount = amount.add(partial)
  }
  calculation.items.push({
    key: 'double-wages',
    label: '未签书面劳动合同二倍工资差额',
    amount,
    formula:
      `用工之日 ${formatDate(hire)}，二倍工资期间自用工满一个月的次日 ${formatDate(periodStart)} 至${periodEnd.reason} ` +
      `${formatDate(periodEnd.date)}（${span.months} 个月${span.days > 0 ? ` ${span.days} 天` : ''}）；` +
      `差额 = 月工资 ${figure(wage)} 元 × ${span.months} 个月${partialText} = ${yuan(amount)} 元`,
    basis: citations,
  })
  if (!signed && compareDates(end, anniversaryEve) > 0) {
    calculation.warnings.push(
      '用工满一年仍未订立书面劳动合同的，视为自满一年的当日已订立无固定期限劳动合同（劳动合同法实施条例第七条）',
    )
  }
  calculation.warnings.push(
    '二倍工资差额的仲裁时效起算各地做法不一，请注意一年仲裁时效（劳动争议调解仲裁法第二十七条）',
  )
  return calculation
}
