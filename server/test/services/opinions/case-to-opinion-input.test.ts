import {
  caseToOpinionInput,
  figureSource,
  type CaseForOpinion,
} from '../../../src/services/opinions/case-to-opinion-input'
import { provinceOf } from '../../../src/services/opinions/load-case'

const at = new Date('2026-11-26T02:00:00.000Z')

function intakeRecord(facts: Record<string, unknown>): CaseForOpinion {
  return {
    caseNumber: 'TJ-2026-000009',
    title: '王五与某公司劳动合同解除纠纷',
    disputeType: 'labor_termination',
    narrative: '公司无故辞退我',
    facts: JSON.stringify(facts),
    parties: [
      { role: 'applicant', name: '王五' },
      { role: 'respondent', name: '某公司' },
    ],
    figures: [
      { region: '500000', regionName: '重庆市', year: 2023, kind: 'averageAnnualWage' },
      { region: '500000', regionName: '重庆市', year: 2025, kind: 'averageAnnualWage' },
      { region: '500000', regionName: '重庆市', year: 2026, kind: 'averageAnnualWage' },
    ],
  }
}

const slots = {
  termination_initiator: { status: 'filled', value: 'employer' },
  average_monthly_wage: { status: 'filled', value: 9000 },
  employment_start: { status: 'filled', value: '2020-01-01' },
  employment_end: { status: 'filled', value: '2026-06-30' },
  evidence: { status: 'filled', value: ['解除通知'] },
}

describe('caseToOpinionInput', () => {
  it('maps intake slots to calculator requests with the region and the latest usable statistical year', () => {
    const input = caseToOpinionInput(intakeRecord({ slots }), {}, at)
    expect(input.disputeTypeLabel).toBe('劳动合同解除/经济补偿')
    expect(input.calculations).toEqual([
      {
        kind: 'illegal-termination',
        input: {
          averageMonthlyWage: 9000,
          startDate: '2020-01-01',
          endDate: '2026-06-30',
          region: '500000',
          year: 2025,
        },
      },
    ])
    expect(input.evidence).toEqual([{ name: '解除通知', submittedBy: '申请人王五', stated: true }])
  })

  it('lets the POST body override the calculations and says so', () => {
    const calculations = [{ kind: 'notice-pay' as const, input: { monthlyWage: 9000 } }]
    const input = caseToOpinionInput(intakeRecord({ slots }), { calculations }, at)
    expect(input.calculations).toEqual(calculations)
    expect(input.assumptions![0]).toContain('由调解员指定')
  })

  it('keeps explicit statements and calculations stored on older cases', () => {
    const calculations = [{ kind: 'notice-pay', input: { monthlyWage: 5000 } }]
    const input = caseToOpinionInput(
      intakeRecord({ statements: [{ text: '公司口头辞退', statedBy: '申请人王五' }], calculations }),
      {},
      at,
    )
    expect(input.facts).toEqual([{ text: '公司口头辞退', statedBy: '申请人王五' }])
    expect(input.calculations).toEqual(calculations)
  })
})

describe('figureSource / provinceOf', () => {
  it('picks the newest year before the year of generation, and the province of a community code', () => {
    const source = figureSource(intakeRecord({}).figures!, at)
    expect(source('averageAnnualWage')).toEqual({ region: '500000', year: 2025, regionName: '重庆市' })
    expect(source('urbanDisposableIncome')).toBeUndefined()
    expect(provinceOf('500107003002')).toBe('500000')
    expect(provinceOf(null)).toBeUndefined()
  })
})
