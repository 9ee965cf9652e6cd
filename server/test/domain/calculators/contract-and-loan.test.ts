import { CALCULATOR_ERROR_CODES as CODES } from '../../../src/domain/calculators/input-errors'
import { calc, expectInputError } from './helpers'

describe('late-delivery-penalty 逾期交房违约金', () => {
  it('counts from the day after the agreed date to the delivery date', () => {
    const result = calc('late-delivery-penalty', {
      price: 1000000,
      dailyRate: 0.0001,
      agreedDate: '2023-06-30',
      deliveredDate: '2023-12-31',
    })
    expect(result.total).toBe(18400) // 184 days
    expect(result.items[0].formula).toContain('184 天')
  })

  it('accepts a day count and keeps fen precision', () => {
    expect(calc('late-delivery-penalty', { price: 1234567, dailyRate: 0.0003, days: 45 }).total).toBe(16666.65)
  })

  it('applies the cap as a fraction of the base', () => {
    const result = calc('late-delivery-penalty', { price: 800000, dailyRate: 0.0005, days: 200, capRate: 0.03 })
    expect(result.total).toBe(24000) // 80000 uncapped
    expect(result.items[0].formula).toContain('按上限计')
    expect(calc('late-delivery-penalty', { price: 800000, dailyRate: 0.0005, days: 20, capRate: 0.03 }).total).toBe(
      8000,
    )
  })

  it('delivery on the agreed day is not late', () => {
    expect(
      calc('late-delivery-penalty', {
        price: 1,
        dailyRate: 0.01,
        agreedDate: '2023-06-30',
        deliveredDate: '2023-06-30',
      }).total,
    ).toBe(0)
  })

  it('rejects delivery before the agreed date and mixing dates with days', () => {
    expectInputError(
      () =>
        calc('late-delivery-penalty', {
          price: 1,
          dailyRate: 0.01,
          agreedDate: '2023-06-30',
          deliveredDate: '2023-06-01',
        }),
      CODES.dateOrder,
      'deliveredDate',
    )
    expectInputError(
      () =>
        calc('late-delivery-penalty', {
          price: 1,
          dailyRate: 0.01,
          agreedDate: '2023-06-30',
          deliveredDate: '2023-07-01',
          days: 3,
        }),
      CODES.conflict,
      'days',
    )
    expectInputError(() => calc('late-delivery-penalty', { price: 1, dailyRate: 0.01 }), CODES.fieldRequired, 'days')
    expectInputError(
      () => calc('late-delivery-penalty', { price: 1, dailyRate: 0.01, days: 3, capRate: 0 }),
      CODES.outOfRange,
      'capRate',
    )
  })
})

describe('loan-interest 民间借贷利息', () => {
  it('computes principal × rate × years', () => {
    const result = calc('loan-interest', { principal: 200000, annualRate: 0.06, years: 2, lprAtContract: 0.0345 })
    expect(result.total).toBe(24000)
    expect(result.warnings).toEqual([])
  })

  it('limits the rate to 4× the one-year LPR at contract formation and warns', () => {
    const result = calc('loan-interest', { principal: 100000, annualRate: 0.24, years: 1, lprAtContract: 0.0385 })
    expect(result.total).toBe(15400)
    expect(result.warnings.join()).toContain('24000.00')
  })

  it('a rate exactly at 4× LPR is protected in full', () => {
    expect(calc('loan-interest', { principal: 100000, annualRate: 0.138, years: 1, lprAtContract: 0.0345 }).total).toBe(
      13800,
    )
  })

  it('counts days between the dates over a 365-day year (or 360 on request)', () => {
    expect(
      calc('loan-interest', {
        principal: 100000,
        annualRate: 0.06,
        startDate: '2022-01-01',
        endDate: '2022-07-01',
        lprAtContract: 0.037,
      }).total,
    ).toBe(2975.34)
    expect(
      calc('loan-interest', {
        principal: 100000,
        annualRate: 0.06,
        startDate: '2022-01-01',
        endDate: '2022-07-01',
        dayCountBasis: 360,
      }).total,
    ).toBe(3016.67)
  })

  it('warns when the LPR is missing or the loan predates the 2020 rules', () => {
    const warnings = calc('loan-interest', {
      principal: 1000,
      annualRate: 0.1,
      startDate: '2019-01-01',
      endDate: '2020-01-01',
    }).warnings.join()
    expect(warnings).toContain('lprAtContract')
    expect(warnings).toContain('2020 年 8 月 20 日')
  })

  it('rejects an end before the start and a missing period', () => {
    expectInputError(
      () => calc('loan-interest', { principal: 1, annualRate: 0.1, startDate: '2022-01-02', endDate: '2022-01-01' }),
      CODES.dateOrder,
      'endDate',
    )
    expectInputError(() => calc('loan-interest', { principal: 1, annualRate: 0.1 }), CODES.fieldRequired, 'years')
    expectInputError(
      () => calc('loan-interest', { principal: 1, annualRate: 0.1, years: 1, dayCountBasis: 300 }),
      CODES.invalidValue,
      'dayCountBasis',
    )
  })
})
