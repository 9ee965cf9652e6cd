import { CALCULATOR_KINDS } from '@contract/calculators'
import { listCalculators } from '../../../src/domain/calculators/registry'
import { CALCULATOR_ERROR_CODES as CODES } from '../../../src/domain/calculators/input-errors'
import { calc, expectInputError } from './helpers'

/** A valid body for every kind, to check the shape every calculator promises. */
const SAMPLES: Record<(typeof CALCULATOR_KINDS)[number], Record<string, unknown>> = {
  'lost-income': { days: 30, monthlyIncome: 4500 },
  nursing: { periods: [{ days: 10, carers: 1 }], dailyRate: 120 },
  'hospital-meal': { dailyRate: 100, days: 7 },
  nutrition: { dailyRate: 30, days: 30 },
  'disability-compensation': { perCapitaDisposableIncome: 47435, age: 40, grade: 8 },
  'death-compensation': { perCapitaDisposableIncome: 47435, age: 40 },
  funeral: { averageMonthlyWage: 8000 },
  'work-injury-disability-subsidy': { grade: 9, ownMonthlyWage: 5000 },
  'work-injury-stoppage-wages': { monthlyWage: 5000, months: 3 },
  'economic-compensation': { averageMonthlyWage: 6000, serviceMonths: 40 },
  'illegal-termination': { averageMonthlyWage: 6000, serviceMonths: 40 },
  'notice-pay': { monthlyWage: 6000 },
  'double-wages': { monthlyWage: 6000, hireDate: '2023-01-01', endDate: '2023-05-31' },
  'late-delivery-penalty': { price: 900000, dailyRate: 0.0002, days: 30 },
  'loan-interest': { principal: 50000, annualRate: 0.08, years: 1 },
}

describe('calculator registry', () => {
  it('lists every kind with a Chinese label and an input schema', () => {
    const list = listCalculators()
    expect(list.map((c) => c.kind)).toEqual([...CALCULATOR_KINDS])
    for (const entry of list) {
      expect(entry.label).toMatch(/[\u4e00-\u9fa5]/)
      expect((entry.inputSchema as { type: string }).type).toBe('object')
    }
  })

  it.each(CALCULATOR_KINDS)('%s returns items with formula, basis and an amount that matches the total', (kind) => {
    const result = calc(kind, SAMPLES[kind])
    expect(result.kind).toBe(kind)
    expect(result.items.length).toBeGreaterThan(0)
    expect(result.total).toBeGreaterThan(0)
    const itemSum = result.items.reduce((s, i) => s + Math.round(i.amount * 100), 0)
    expect(Math.round(result.total * 100)).toBe(itemSum)
    for (const item of result.items) {
      expect(item.formula).toContain(item.amount.toFixed(2))
      expect(item.basis.length).toBeGreaterThan(0)
      for (const b of item.basis) {
        expect(b.law).toMatch(/[\u4e00-\u9fa5]/)
        expect(b.article).toMatch(/[\u4e00-\u9fa5]/)
      }
    }
  })

  it('rejects an unknown kind and a body that is not an object', () => {
    expectInputError(() => calc('pain-and-suffering', {}), CODES.unknownKind, 'kind')
    expectInputError(() => calc('notice-pay', [1, 2]), CODES.inputNotObject, 'body')
    expectInputError(() => calc('notice-pay', null), CODES.inputNotObject, 'body')
  })

  it('accepts numeric strings from forms but rejects other text', () => {
    expect(calc('notice-pay', { monthlyWage: '6000.5' }).total).toBe(6000.5)
    expectInputError(() => calc('notice-pay', { monthlyWage: '六千' }), CODES.notNumber, 'monthlyWage')
    expectInputError(
      () => calc('notice-pay', { monthlyWage: Number.POSITIVE_INFINITY }),
      CODES.notNumber,
      'monthlyWage',
    )
  })
})
