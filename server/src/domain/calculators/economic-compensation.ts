import { exact, type Exact } from './exact'
import { compareDates, type CalendarDate } from './dates'
import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'
import { optionalFigure, type CalculatorContext } from './context'
import { compensationMonths, serviceFromDates, serviceFromMonths, type ServiceLength } from './service-length'

const LABOUR_CONTRACT_LAW_START: CalendarDate = { year: 2008, month: 1, day: 1 }

interface CompensationBase {
  /** N after the 12-year cap. */
  n: Exact
  /** Monthly wage after the minimum-wage floor and the 3× cap. */
  wage: Exact
  explanation: string
  startDate?: CalendarDate
}

/**
 * The shared part of 经济补偿 (art 47) and 赔偿金 (art 87): service → N, monthly wage floored at the minimum
 * wage (实施条例 27) and capped at 3× the local average with N ≤ 12.
 */
export function compensationBase(
  input: CalculatorInput,
  context: CalculatorContext,
  calculation: Calculation,
): CompensationBase {
  const averageWage = exact(input.number('averageMonthlyWage', '解除前十二个月平均工资'))
  const { service, startDate } = readService(input)
  const { n: rawN, rule } = compensationMonths(service)
  let wage = averageWage
  const steps = [`工作年限 ${service.description}，${rule}，N = ${figure(rawN)}`]

  const minimum = optionalFigure(input, context, calculation, {
    field: 'minimumMonthlyWage',
    label: '当地最低工资标准',
    kind: 'minimumMonthlyWage',
  })
  if (minimum && wage.compare(minimum) < 0) {
    wage = minimum
    steps.push(`月平均工资 ${figure(averageWage)} 元低于当地最低工资标准，按 ${figure(minimum)} 元计算`)
  }

  let n = rawN
  const local = optionalFigure(input, context, calculation, {
    field: 'localAverageMonthlyWage',
    label: '本地区上年度职工月平均工资',
    kind: 'averageAnnualWage',
    monthlyFromAnnual: true,
  })
  if (local) {
    const cap = local.mul(3)
    if (wage.compare(cap) > 0) {
      wage = cap
      n = rawN.min(12)
      steps.push(
        `月工资 ${figure(averageWage)} 元高于本地区上年度职工月平均工资 ${figure(local)} 元的三倍，按 ${figure(cap)} 元计算，年限最高不超过十二年，N = ${figure(n)}`,
      )
    }
  } else {
    calculation.warnings.push(
      '未提供本地区上年度职工月平均工资，未核对三倍封顶及十二年上限（劳动合同法第四十七条第二款）',
    )
  }
  return { n, wage, explanation: steps.join('；'), startDate }
}

/** 经济补偿 (劳动合同法 47). */
export function economicCompensation(input: CalculatorInput, context: CalculatorContext): Calculation {
  const calculation = newCalculation()
  const base = compensationBase(input, context, calculation)
  const amount = base.wage.mul(base.n)
  calculation.items.push({
    key: 'economic-compensation',
    label: '经济补偿',
    amount,
    formula: `${base.explanation}；经济补偿 = ${figure(base.wage)} 元 × ${figure(base.n)} 个月 = ${yuan(amount)} 元`,
    basis: [
      cite(LAW.labourContract, '第四十六条'),
      cite(LAW.labourContract, '第四十七条'),
      cite(LAW.labourContractRegulation, '第二十七条'),
    ],
  })
  if (base.startDate && compareDates(base.startDate, LABOUR_CONTRACT_LAW_START) < 0) {
    calculation.warnings.push(
      '2008 年 1 月 1 日前的工作年限应按当时有关规定计算经济补偿（劳动合同法第九十七条第三款），本结果按第四十七条统一计算，请核对',
    )
  }
  calculation.warnings.push('经济补偿仅在劳动合同法第四十六条规定的情形下支付')
  return calculation
}

/** 违法解除或终止劳动合同赔偿金 (劳动合同法 87) = 2 × 经济补偿, counted from the first day (实施条例 25). */
export function illegalTermination(input: CalculatorInput, context: CalculatorContext): Calculation {
  const calculation = newCalculation()
  const base = compensationBase(input, context, calculation)
  const compensation = base.wage.mul(base.n)
  const amount = compensation.mul(2)
  calculation.items.push({
    key: 'illegal-termination',
    label: '违法解除劳动合同赔偿金',
    amount,
    formula: `${base.explanation}；赔偿金 = 经济补偿标准 ${figure(base.wage)} 元 × ${figure(base.n)} 个月 × 2 = ${yuan(amount)} 元`,
    basis: [
      cite(LAW.labourContract, '第八十七条'),
      cite(LAW.labourContract, '第四十七条'),
      cite(LAW.labourContractRegulation, '第二十五条'),
    ],
  })
  calculation.warnings.push(
    '支付赔偿金的，不再支付经济补偿；赔偿金的计算年限自用工之日起计算（劳动合同法实施条例第二十五条）',
  )
  return calculation
}

function readService(input: CalculatorInput): { service: ServiceLength; startDate?: CalendarDate } {
  const byDates = input.has('startDate') || input.has('endDate')
  if (byDates && input.has('serviceMonths')) {
    throw calculatorInputError(
      CODES.conflict,
      'serviceMonths',
      '入职/离职日期（startDate、endDate）与工作月数（serviceMonths）只能填写一种',
    )
  }
  if (!byDates) {
    if (!input.has('serviceMonths')) {
      throw calculatorInputError(
        CODES.fieldRequired,
        'startDate',
        '请填写入职日期（startDate）和离职日期（endDate），或工作月数（serviceMonths）',
      )
    }
    return { service: serviceFromMonths(input.number('serviceMonths', '工作月数', { max: 1200 })) }
  }
  const startDate = input.date('startDate', '入职日期')
  const endDate = input.date('endDate', '离职日期')
  if (compareDates(endDate, startDate) < 0) {
    throw calculatorInputError(CODES.dateOrder, 'endDate', '离职日期（endDate）不能早于入职日期（startDate）')
  }
  return { service: serviceFromDates(startDate, endDate), startDate }
}
