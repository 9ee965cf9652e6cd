import { exact } from './exact'
import { figure, yuan } from './format'
import type { CalculatorInput } from './input'
import { LAW, cite } from './laws'
import { newCalculation, type Calculation } from './calculation'
import { optionalFigure, type CalculatorContext } from './context'

/** Months of 本人工资 by disability grade (工伤保险条例 35–37). */
export const DISABILITY_SUBSIDY_MONTHS: Record<number, number> = {
  1: 27,
  2: 25,
  3: 23,
  4: 21,
  5: 18,
  6: 16,
  7: 13,
  8: 11,
  9: 9,
  10: 7,
}

const articleFor = (grade: number) => (grade <= 4 ? '第三十五条' : grade <= 6 ? '第三十六条' : '第三十七条')

/**
 * 一次性伤残补助金: 本人工资 × months by grade. With the regional average wage, 本人工资 is floored at 60% and
 * capped at 300% of it (art 64).
 */
export function workInjuryDisabilitySubsidy(input: CalculatorInput, context: CalculatorContext): Calculation {
  const calculation = newCalculation()
  const grade = input.number('grade', '伤残等级', { integer: true, min: 1, max: 10 })
  const own = exact(input.number('ownMonthlyWage', '本人工资'))
  const average = optionalFigure(input, context, calculation, {
    field: 'regionalAverageMonthlyWage',
    label: '统筹地区职工月平均工资',
    kind: 'averageAnnualWage',
    monthlyFromAnnual: true,
  })
  let base = own
  let baseText = `本人工资 ${figure(own)} 元`
  if (average) {
    const floor = average.mul(0.6)
    const cap = average.mul(3)
    if (own.compare(floor) < 0) {
      base = floor
      baseText = `本人工资 ${figure(own)} 元低于统筹地区职工月平均工资 ${figure(average)} 元的 60%，按 ${figure(floor)} 元`
    } else if (own.compare(cap) > 0) {
      base = cap
      baseText = `本人工资 ${figure(own)} 元高于统筹地区职工月平均工资 ${figure(average)} 元的 300%，按 ${figure(cap)} 元`
    }
  } else {
    calculation.warnings.push(
      '未提供统筹地区职工月平均工资，未核对本人工资 60% 下限与 300% 上限（工伤保险条例第六十四条）',
    )
  }
  const months = DISABILITY_SUBSIDY_MONTHS[grade]
  const amount = base.mul(months)
  calculation.items.push({
    key: 'work-injury-disability-subsidy',
    label: '一次性伤残补助金',
    amount,
    formula: `${baseText} × ${grade} 级伤残 ${months} 个月 = ${yuan(amount)} 元`,
    basis: [cite(LAW.workInjury, articleFor(grade)), cite(LAW.workInjury, '第六十四条')],
  })
  if (grade >= 5) {
    calculation.warnings.push(
      '五至十级伤残解除或终止劳动关系时，另有一次性工伤医疗补助金和一次性伤残就业补助金，标准由各省规定（工伤保险条例第三十六条、第三十七条）',
    )
  }
  return calculation
}
