import { CALCULATOR_ERROR_CODES as CODES } from '../../../src/domain/calculators/input-errors'
import { calc, expectInputError } from './helpers'

const ec = (body: Record<string, unknown>) => calc('economic-compensation', body)

describe('economic-compensation 经济补偿 (劳动合同法 47)', () => {
  it('counts whole years plus one month for a remainder of six months or more', () => {
    // 3 years 8 months → N = 4.
    expect(ec({ averageMonthlyWage: 5000, startDate: '2019-01-01', endDate: '2022-08-31' }).total).toBe(20000)
  })

  it('pays half a month for a remainder under six months', () => {
    // 2 years 3 months → N = 2.5.
    expect(ec({ averageMonthlyWage: 5000, startDate: '2020-04-01', endDate: '2022-06-30' }).total).toBe(12500)
  })

  it('boundary: exactly six months counts as a full year, one day less is half a month', () => {
    expect(ec({ averageMonthlyWage: 6000, startDate: '2023-01-01', endDate: '2023-06-30' }).total).toBe(6000)
    expect(ec({ averageMonthlyWage: 6000, startDate: '2023-01-01', endDate: '2023-06-29' }).total).toBe(3000)
    expect(ec({ averageMonthlyWage: 6000, serviceMonths: 6 }).total).toBe(6000)
    expect(ec({ averageMonthlyWage: 6000, serviceMonths: 5 }).total).toBe(3000)
  })

  it('whole years without a remainder add nothing', () => {
    expect(ec({ averageMonthlyWage: 7000, startDate: '2018-03-01', endDate: '2023-02-28' }).total).toBe(35000)
    expect(ec({ averageMonthlyWage: 7000, serviceMonths: 60 }).total).toBe(35000)
  })

  it('reads an end date on the start anniversary as whole years', () => {
    expect(ec({ averageMonthlyWage: 7000, startDate: '2018-03-01', endDate: '2023-03-01' }).total).toBe(35000)
    expect(ec({ averageMonthlyWage: 7000, startDate: '2018-03-01', endDate: '2023-03-02' }).total).toBe(38500)
  })

  it('a few days of service is half a month', () => {
    expect(ec({ averageMonthlyWage: 4000, startDate: '2023-05-10', endDate: '2023-05-20' }).total).toBe(2000)
  })

  it('caps the wage at 3× the local average and the years at 12', () => {
    const result = ec({
      averageMonthlyWage: 30000,
      startDate: '2008-03-01',
      endDate: '2023-02-28',
      localAverageMonthlyWage: 8000,
    })
    expect(result.total).toBe(288000) // 24000 × 12, not 30000 × 15
    expect(result.items[0].formula).toContain('三倍')
  })

  it('does not cap a wage of exactly 3× the average, nor the years then', () => {
    expect(ec({ averageMonthlyWage: 24000, serviceMonths: 180, localAverageMonthlyWage: 8000 }).total).toBe(360000)
  })

  it('the 12-year cap only applies with the wage cap', () => {
    expect(ec({ averageMonthlyWage: 10000, serviceMonths: 180, localAverageMonthlyWage: 8000 }).total).toBe(150000)
  })

  it('a capped case with under 12 years keeps its N', () => {
    expect(ec({ averageMonthlyWage: 40000, serviceMonths: 42, localAverageMonthlyWage: 10000 }).total).toBe(120000)
  })

  it('floors the wage at the minimum wage (实施条例 27)', () => {
    expect(ec({ averageMonthlyWage: 1800, serviceMonths: 24, minimumMonthlyWage: 2100 }).total).toBe(4200)
  })

  it('warns when the cap could not be checked and for service before 2008', () => {
    const result = ec({ averageMonthlyWage: 5000, startDate: '2006-01-01', endDate: '2012-12-31' })
    expect(result.total).toBe(35000)
    expect(result.warnings.join()).toContain('未核对三倍封顶')
    expect(result.warnings.join()).toContain('第九十七条')
  })

  it('rejects an end before the start, a missing period and mixed period inputs', () => {
    expectInputError(
      () => ec({ averageMonthlyWage: 1, startDate: '2023-01-02', endDate: '2023-01-01' }),
      CODES.dateOrder,
      'endDate',
    )
    expectInputError(() => ec({ averageMonthlyWage: 1 }), CODES.fieldRequired, 'startDate')
    expectInputError(() => ec({ averageMonthlyWage: 1, startDate: '2023-01-01' }), CODES.fieldRequired, 'endDate')
    expectInputError(
      () => ec({ averageMonthlyWage: 1, serviceMonths: 3, startDate: '2023-01-01', endDate: '2023-02-01' }),
      CODES.conflict,
      'serviceMonths',
    )
    expectInputError(
      () => ec({ averageMonthlyWage: 1, startDate: '2023-02-30', endDate: '2023-03-01' }),
      CODES.invalidDate,
      'startDate',
    )
    expectInputError(() => ec({ averageMonthlyWage: -5, serviceMonths: 3 }), CODES.outOfRange, 'averageMonthlyWage')
  })
})

describe('illegal-termination 赔偿金 (劳动合同法 87)', () => {
  it('is twice the economic compensation, with the same caps', () => {
    expect(calc('illegal-termination', { averageMonthlyWage: 6000, serviceMonths: 30 }).total).toBe(36000)
    expect(
      calc('illegal-termination', { averageMonthlyWage: 30000, serviceMonths: 180, localAverageMonthlyWage: 8000 })
        .total,
    ).toBe(576000)
  })

  it('cites art 87 and says it replaces economic compensation', () => {
    const result = calc('illegal-termination', {
      averageMonthlyWage: 6000,
      startDate: '2020-01-01',
      endDate: '2023-03-31',
    })
    expect(result.total).toBe(42000) // 3 years 3 months → 3.5 × 6000 × 2
    expect(result.items[0].basis.map((b) => b.article)).toContain('第八十七条')
    expect(result.warnings.join()).toContain('不再支付经济补偿')
  })
})

describe('notice-pay 代通知金', () => {
  it('is one month of wages', () => {
    expect(calc('notice-pay', { monthlyWage: 6543.21 }).total).toBe(6543.21)
  })
  it('requires the wage', () => {
    expectInputError(() => calc('notice-pay', {}), CODES.fieldRequired, 'monthlyWage')
  })
})

describe('double-wages 二倍工资差额 (劳动合同法 82; 实施条例 6–7)', () => {
  const dw = (body: Record<string, unknown>) => calc('double-wages', { monthlyWage: 6000, ...body })

  it('runs from the day after the first month to the day before the first anniversary: at most 11 months', () => {
    const result = dw({ hireDate: '2022-01-01', endDate: '2022-12-31' })
    expect(result.total).toBe(66000)
    expect(result.items[0].formula).toContain('2022-02-01')
    expect(dw({ hireDate: '2022-01-01', endDate: '2024-06-30' }).total).toBe(66000)
  })

  it('warns that an open-ended contract is deemed after one year', () => {
    expect(dw({ hireDate: '2022-01-01', endDate: '2023-06-30' }).warnings.join()).toContain('无固定期限劳动合同')
  })

  it('stops the day before the contract is signed', () => {
    expect(dw({ hireDate: '2022-03-10', endDate: '2023-01-31', contractSignedDate: '2022-08-10' }).total).toBe(24000)
  })

  it('is zero when the contract is signed within the first month or the job ends within it', () => {
    expect(dw({ hireDate: '2022-03-10', endDate: '2022-12-31', contractSignedDate: '2022-04-09' }).total).toBe(0)
    expect(dw({ hireDate: '2022-03-10', endDate: '2022-04-09' }).total).toBe(0)
  })

  it('boundary: signing on the first day after the month gives one day', () => {
    // Period 2022-04-10 … 2022-04-10 (a Sunday → no paid day; calendar basis gives 1/30).
    expect(dw({ hireDate: '2022-03-10', endDate: '2022-12-31', contractSignedDate: '2022-04-11' }).total).toBe(0)
    expect(
      dw({
        hireDate: '2022-03-10',
        endDate: '2022-12-31',
        contractSignedDate: '2022-04-11',
        partialMonthBasis: 'calendar30',
      }).total,
    ).toBe(200)
  })

  it('converts a part month by 21.75 paid days, or by 30 calendar days on request', () => {
    // 2022-02-01 … 2022-06-15: 4 months + 2022-06-01…15 (11 weekdays).
    expect(dw({ hireDate: '2022-01-01', endDate: '2022-06-15' }).total).toBe(27034.48)
    expect(dw({ hireDate: '2022-01-01', endDate: '2022-06-15', partialMonthBasis: 'calendar30' }).total).toBe(27000)
  })

  it('rejects an end before hiring and an unknown basis', () => {
    expectInputError(() => dw({ hireDate: '2022-03-10', endDate: '2022-03-09' }), CODES.dateOrder, 'endDate')
    expectInputError(
      () => dw({ hireDate: '2022-03-10', endDate: '2022-09-09', partialMonthBasis: 'weeks' }),
      CODES.invalidValue,
      'partialMonthBasis',
    )
    expectInputError(() => dw({ endDate: '2022-09-09' }), CODES.fieldRequired, 'hireDate')
  })
})
