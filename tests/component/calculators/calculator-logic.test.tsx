import { CALCULATOR_INPUT_SCHEMAS } from '@contract/calculators'
import type { CaseDetail } from '@contract/cases'
import { amountInCapitals, formatYuan } from '@/lib/amount-in-capitals'
import { prefillValues, storedRegion, suggestKind } from '@/features/calculators/case-prefill'
import { buildInput } from '@/features/calculators/form-values'
import { formFromSchema } from '@/features/calculators/input-fields'
import { formatAmountInCapitals } from '../../../server/src/domain/money/capitals'

const wire = (kind: keyof typeof CALCULATOR_INPUT_SCHEMAS) => JSON.parse(JSON.stringify(CALCULATOR_INPUT_SCHEMAS[kind]))

function caseWith(facts: Record<string, unknown>, disputeType = 'other'): CaseDetail {
  return { id: 'c', caseNumber: 'TJ', disputeType, facts } as unknown as CaseDetail
}

describe('amount in capitals', () => {
  it('writes the same 大写 as the server’s opinion generator', () => {
    const samples = [0, 0.05, 0.5, 1, 10, 100.05, 1001, 10005, 100000, 100010.1, 35000, 42000, 1234567.89, 1e8 + 1]
    // A deterministic spread of amounts with fen, across every section length
    for (let n = 1; n < 400; n++) samples.push(Math.round(((n * 7919) % 100003) * 10 ** (n % 9) * 1.37) / 100)
    for (const amount of samples) expect(amountInCapitals(amount)).toBe(formatAmountInCapitals(amount))
  })

  it('refuses amounts it cannot write and groups figures by thousands', () => {
    expect(amountInCapitals(-1)).toBeNull()
    expect(amountInCapitals(Number.NaN)).toBeNull()
    expect(formatYuan(1234567.8)).toBe('1,234,567.80')
    expect(formatYuan(0)).toBe('0.00')
  })
})

describe('form from the input schema', () => {
  it('reads labels, units and hints from the server descriptions', () => {
    const { fields, regionalLookup } = formFromSchema(wire('lost-income'))
    expect(regionalLookup).toBe(false)
    expect(fields.find((f) => f.key === 'monthlyIncome')).toMatchObject({
      kind: 'money',
      label: '月收入',
      unit: '元',
      hint: '日收入 = 月收入 ÷ 30',
      required: false,
    })
    expect(fields.find((f) => f.key === 'days')).toMatchObject({ kind: 'integer', unit: '天', required: true })
  })

  it('shows ratios in percent, with bounds and examples converted', () => {
    const { fields } = formFromSchema(wire('late-delivery-penalty'))
    const rate = fields.find((f) => f.key === 'dailyRate')!
    expect(rate).toMatchObject({ kind: 'percent', unit: '%', min: 0, max: 5 })
    expect(rate.hint).toBe('按百分比填写；如万分之一 填 0.01')
    expect(buildInput(fields, { price: '1000000', dailyRate: '0.05', days: '30' }).input).toEqual({
      price: 1000000,
      dailyRate: 0.0005,
      days: 30,
    })
    expect(buildInput(fields, { price: '1', dailyRate: '6' }).errors).toEqual({ dailyRate: '不能大于 5%' })
  })

  it('offers choices with their meaning, and small ranges as steppers', () => {
    const { fields } = formFromSchema(wire('double-wages'))
    expect(fields.find((f) => f.key === 'partialMonthBasis')?.choices).toEqual([
      { value: 'workdays', label: '月工资 ÷ 21.75 × 计薪日（默认）' },
      { value: 'calendar30', label: '月工资 ÷ 30 × 日历天数' },
    ])
    const loan = formFromSchema(wire('loan-interest')).fields
    expect(buildInput(loan, { principal: '1', annualRate: '1', dayCountBasis: '360' }).input.dayCountBasis).toBe(360)
    expect(formFromSchema(wire('work-injury-disability-subsidy')).fields[0]).toMatchObject({
      key: 'grade',
      kind: 'stepper',
    })
  })

  it('rejects impossible dates and requires region and year together', () => {
    const form = formFromSchema(wire('economic-compensation'))
    expect(form.regionalLookup).toBe(true)
    const checked = buildInput(
      form.fields,
      { averageMonthlyWage: '5000', startDate: '2025-02-30' },
      {
        enabled: true,
        region: '500000',
        year: '',
      },
    )
    expect(checked.errors).toEqual({ startDate: '请选择有效日期（年-月-日）', year: '请选择统计年度' })
  })
})

describe('prefill from a case', () => {
  it('prefers calculator inputs stored with the case, including rows, percent and region', () => {
    const detail = caseWith({
      calculations: [
        { kind: 'nursing', input: { periods: [{ days: 10, carers: 2 }], dailyRate: 150 } },
        { kind: 'loan-interest', input: { principal: 50000, annualRate: 0.0345, years: 2, region: 'x', year: 2023 } },
      ],
      slots: { principal: { status: 'filled', value: 99999 } },
    })
    expect(suggestKind(detail, ['nursing', 'loan-interest'])).toBe('nursing')
    expect(prefillValues(detail, 'nursing', formFromSchema(wire('nursing')).fields)).toEqual({
      periods: [{ days: '10', carers: '2' }],
      dailyRate: '150',
    })
    expect(prefillValues(detail, 'loan-interest', formFromSchema(wire('loan-interest')).fields)).toEqual({
      principal: '50000',
      annualRate: '3.45',
      years: '2',
    })
    expect(storedRegion(detail, 'loan-interest')).toEqual({ region: 'x', year: '2023' })
  })

  it('falls back to intake answers, skipping unfilled slots and values that do not fit', () => {
    const detail = caseWith(
      {
        slots: {
          disability_grade: { status: 'filled', value: 'grade_7' },
          monthly_wage: { status: 'filled', value: 5200 },
          average_monthly_wage: { status: 'skipped' },
          employment_start: { status: 'filled', value: '2024' },
        },
      },
      'work_injury',
    )
    expect(suggestKind(detail, ['lost-income', 'work-injury-disability-subsidy'])).toBe(
      'work-injury-disability-subsidy',
    )
    const fields = formFromSchema(wire('work-injury-disability-subsidy')).fields
    expect(prefillValues(detail, 'work-injury-disability-subsidy', fields)).toEqual({
      grade: '7',
      ownMonthlyWage: '5200',
    })
    expect(suggestKind(caseWith({ calculations: 'broken' }), ['loan-interest'])).toBeNull()
  })
})
