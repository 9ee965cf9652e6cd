import { DISABILITY_SUBSIDY_MONTHS } from '../../../src/domain/calculators/work-injury-disability-subsidy'
import { CALCULATOR_ERROR_CODES as CODES } from '../../../src/domain/calculators/input-errors'
import { calc, expectInputError } from './helpers'

describe('work-injury-disability-subsidy 一次性伤残补助金', () => {
  it.each([
    [1, 27],
    [2, 25],
    [3, 23],
    [4, 21],
    [5, 18],
    [6, 16],
    [7, 13],
    [8, 11],
    [9, 9],
    [10, 7],
  ])('grade %i pays %i months of 本人工资', (grade, months) => {
    expect(DISABILITY_SUBSIDY_MONTHS[grade]).toBe(months)
    expect(calc('work-injury-disability-subsidy', { grade, ownMonthlyWage: 5000 }).total).toBe(5000 * months)
  })

  it('cites the article for the grade band and art 64', () => {
    const article = (grade: number) =>
      calc('work-injury-disability-subsidy', { grade, ownMonthlyWage: 1 }).items[0].basis.map((b) => b.article)
    expect(article(4)).toEqual(['第三十五条', '第六十四条'])
    expect(article(5)).toEqual(['第三十六条', '第六十四条'])
    expect(article(7)).toEqual(['第三十七条', '第六十四条'])
  })

  it('floors 本人工资 at 60% of the regional average', () => {
    const result = calc('work-injury-disability-subsidy', {
      grade: 9,
      ownMonthlyWage: 2000,
      regionalAverageMonthlyWage: 6000,
    })
    expect(result.total).toBe(32400) // 3600 × 9
  })

  it('caps 本人工资 at 300% of the regional average', () => {
    expect(
      calc('work-injury-disability-subsidy', { grade: 10, ownMonthlyWage: 25000, regionalAverageMonthlyWage: 6000 })
        .total,
    ).toBe(126000)
  })

  it('keeps a wage exactly at the floor or the cap', () => {
    expect(
      calc('work-injury-disability-subsidy', { grade: 10, ownMonthlyWage: 3600, regionalAverageMonthlyWage: 6000 })
        .total,
    ).toBe(25200)
    expect(
      calc('work-injury-disability-subsidy', { grade: 10, ownMonthlyWage: 18000, regionalAverageMonthlyWage: 6000 })
        .total,
    ).toBe(126000)
  })

  it('warns when the floor and cap could not be checked', () => {
    expect(calc('work-injury-disability-subsidy', { grade: 8, ownMonthlyWage: 4000 }).warnings.join()).toContain(
      '第六十四条',
    )
  })

  it('rejects grade 11 and grade 0', () => {
    expectInputError(
      () => calc('work-injury-disability-subsidy', { grade: 11, ownMonthlyWage: 4000 }),
      CODES.outOfRange,
      'grade',
    )
    expectInputError(
      () => calc('work-injury-disability-subsidy', { grade: 0, ownMonthlyWage: 4000 }),
      CODES.outOfRange,
      'grade',
    )
  })
})

describe('work-injury-stoppage-wages 停工留薪期工资', () => {
  it('pays the original wage for the months', () => {
    expect(calc('work-injury-stoppage-wages', { monthlyWage: 5200, months: 6 }).total).toBe(31200)
    expect(calc('work-injury-stoppage-wages', { monthlyWage: 5200, months: 2.5 }).total).toBe(13000)
  })

  it('warns beyond 12 months and rejects beyond 24', () => {
    expect(calc('work-injury-stoppage-wages', { monthlyWage: 1000, months: 18 }).warnings.join()).toContain('12 个月')
    expectInputError(
      () => calc('work-injury-stoppage-wages', { monthlyWage: 1000, months: 25 }),
      CODES.outOfRange,
      'months',
    )
  })
})
