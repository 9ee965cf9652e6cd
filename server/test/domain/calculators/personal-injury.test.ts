import { CALCULATOR_ERROR_CODES as CODES } from '../../../src/domain/calculators/input-errors'
import { compensationYears } from '../../../src/domain/calculators/personal-injury-years'
import { calc, expectInputError } from './helpers'

describe('lost-income 误工费', () => {
  it('divides a monthly income by 30 and rounds only the result', () => {
    const result = calc('lost-income', { days: 45, monthlyIncome: 5000 })
    expect(result.total).toBe(7500)
    expect(result.items[0].formula).toBe('月收入 5000 元 ÷ 30 × 误工 45 天 = 7500.00 元')
    expect(result.items[0].basis).toContainEqual({
      law: '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释',
      article: '第七条',
    })
  })

  it('divides an annual income by 365 without rounding the daily figure first', () => {
    // 51821 ÷ 365 = 141.9753…; rounding the day first would give 141.98 × 100 = 14198.00.
    expect(calc('lost-income', { days: 100, annualIncome: 51821 }).total).toBe(14197.53)
  })

  it('takes a daily income as it is', () => {
    expect(calc('lost-income', { days: 12, dailyIncome: 215.5 }).total).toBe(2586)
  })

  it('needs exactly one income field', () => {
    expectInputError(() => calc('lost-income', { days: 10 }), CODES.fieldRequired, 'monthlyIncome')
    expectInputError(
      () => calc('lost-income', { days: 10, monthlyIncome: 1, dailyIncome: 1 }),
      CODES.conflict,
      'dailyIncome',
    )
  })

  it('rejects negative or fractional days', () => {
    expectInputError(() => calc('lost-income', { days: -1, monthlyIncome: 5000 }), CODES.outOfRange, 'days')
    expectInputError(() => calc('lost-income', { days: 1.5, monthlyIncome: 5000 }), CODES.notInteger, 'days')
  })
})

describe('nursing 护理费', () => {
  it('sums days × carers over the periods', () => {
    const result = calc('nursing', {
      periods: [
        { days: 20, carers: 2 },
        { days: 30, carers: 1 },
      ],
      dailyRate: 150,
    })
    expect(result.total).toBe(10500)
    expect(result.warnings.join()).toContain('原则上为一人')
  })

  it('derives the daily rate from an annual income ÷ 365', () => {
    expect(calc('nursing', { periods: [{ days: 73, carers: 1 }], annualIncome: 36500 }).total).toBe(7300)
    expect(calc('nursing', { periods: [{ days: 10, carers: 1 }], annualIncome: 49283 }).total).toBe(1350.22)
  })

  it('names the bad period field', () => {
    expectInputError(
      () => calc('nursing', { periods: [{ days: 5, carers: 0 }], dailyRate: 100 }),
      CODES.outOfRange,
      'periods[0].carers',
    )
    expectInputError(() => calc('nursing', { periods: [], dailyRate: 100 }), CODES.fieldRequired, 'periods')
    expectInputError(
      () => calc('nursing', { periods: [{ days: 7301, carers: 1 }], dailyRate: 100 }),
      CODES.outOfRange,
      'periods',
    )
  })
})

describe('hospital-meal and nutrition', () => {
  it('multiplies the daily rate by days', () => {
    expect(calc('hospital-meal', { dailyRate: 100, days: 23 }).total).toBe(2300)
    expect(calc('nutrition', { dailyRate: 30, days: 90 }).total).toBe(2700)
  })

  it('requires the rate', () => {
    expectInputError(() => calc('hospital-meal', { days: 3 }), CODES.fieldRequired, 'dailyRate')
    expectInputError(() => calc('nutrition', { days: 3 }), CODES.fieldRequired, 'dailyRate')
  })
})

describe('years of compensation by age (PI-Interp 12, 15)', () => {
  it.each([
    [0, 20],
    [35, 20],
    [60, 20],
    [61, 19],
    [70, 10],
    [74, 6],
    [75, 5],
    [92, 5],
  ])('age %i → %i years', (age, years) => {
    expect(compensationYears(age)).toBe(years)
  })
})

describe('disability-compensation 残疾赔偿金', () => {
  it('uses the grade coefficient (grade 10 = 10%) and warns that it is court practice', () => {
    const result = calc('disability-compensation', { perCapitaDisposableIncome: 47435, age: 40, grade: 10 })
    expect(result.total).toBe(94870)
    expect(result.warnings.join()).toContain('司法解释未作规定')
  })

  it('grade 1 is 100%', () => {
    expect(calc('disability-compensation', { perCapitaDisposableIncome: 51821, age: 30, grade: 1 }).total).toBe(1036420)
  })

  it('reduces the years over 60 and fixes 5 years from 75', () => {
    expect(calc('disability-compensation', { perCapitaDisposableIncome: 47435, age: 65, grade: 9 }).total).toBe(142305)
    expect(calc('disability-compensation', { perCapitaDisposableIncome: 47435, age: 75, grade: 9 }).total).toBe(47435)
  })

  it('lets an explicit coefficient override the grade', () => {
    const result = calc('disability-compensation', {
      perCapitaDisposableIncome: 50000,
      age: 50,
      grade: 8,
      coefficient: 0.32,
    })
    expect(result.total).toBe(320000)
    expect(result.warnings.join()).not.toContain('司法解释未作规定')
  })

  it('rejects grade 11, grade 0 and a missing grade', () => {
    expectInputError(
      () => calc('disability-compensation', { perCapitaDisposableIncome: 1, age: 1, grade: 11 }),
      CODES.outOfRange,
      'grade',
    )
    expectInputError(
      () => calc('disability-compensation', { perCapitaDisposableIncome: 1, age: 1, grade: 0 }),
      CODES.outOfRange,
      'grade',
    )
    expectInputError(
      () => calc('disability-compensation', { perCapitaDisposableIncome: 1, age: 1 }),
      CODES.fieldRequired,
      'grade',
    )
    expectInputError(
      () => calc('disability-compensation', { perCapitaDisposableIncome: 1, age: 1, coefficient: 1.2 }),
      CODES.outOfRange,
      'coefficient',
    )
  })
})

describe('death-compensation 死亡赔偿金 and funeral 丧葬费', () => {
  it('death: income × 20 years under 60', () => {
    expect(calc('death-compensation', { perCapitaDisposableIncome: 51821, age: 45 }).total).toBe(1036420)
  })

  it('death: boundary ages', () => {
    expect(calc('death-compensation', { perCapitaDisposableIncome: 40000, age: 60 }).total).toBe(800000)
    expect(calc('death-compensation', { perCapitaDisposableIncome: 40000, age: 61 }).total).toBe(760000)
    expect(calc('death-compensation', { perCapitaDisposableIncome: 40000, age: 80 }).total).toBe(200000)
  })

  it('funeral: 6 months of the average monthly wage', () => {
    expect(calc('funeral', { averageMonthlyWage: 8472.5 }).total).toBe(50835)
    expect(calc('funeral', { averageMonthlyWage: 7777.77 }).total).toBe(46666.62)
  })

  it('rejects a negative age', () => {
    expectInputError(
      () => calc('death-compensation', { perCapitaDisposableIncome: 1, age: -3 }),
      CODES.outOfRange,
      'age',
    )
  })
})
