import type { OpinionInput } from '../../../src/domain/opinion/opinion-input'

/** A dismissed worker without a written contract: economic compensation (illegal), double wages, notice pay. */
export function labourCase(overrides: Partial<OpinionInput> = {}): OpinionInput {
  return {
    caseNumber: 'TJ-2026-000123',
    caseTitle: '张三与某建材公司劳动争议',
    disputeTypeLabel: '劳动争议',
    parties: [
      { role: 'applicant', name: '张三' },
      { role: 'respondent', name: '重庆某建材有限公司' },
    ],
    facts: [
      { text: '2021年3月1日入职，月工资8000元，公司一直未签书面劳动合同', statedBy: '申请人张三' },
      { text: '2023年8月31日公司口头通知解除劳动关系', statedBy: '申请人张三' },
    ],
    claims: ['违法解除劳动合同赔偿金', '未签书面劳动合同二倍工资差额'],
    evidence: [
      { name: '银行工资流水', submittedBy: '申请人张三' },
      { name: '微信聊天记录', submittedBy: '申请人张三' },
    ],
    calculations: [
      {
        kind: 'illegal-termination',
        input: { averageMonthlyWage: 8000, startDate: '2021-03-01', endDate: '2023-08-31' },
      },
      { kind: 'double-wages', input: { monthlyWage: 8000, hireDate: '2021-03-01', endDate: '2023-08-31' } },
      {
        kind: 'late-delivery-penalty',
        input: { price: 100000, dailyRate: 0.0001, days: 100 },
        responsibilityRatio: 0.7,
      },
    ],
    generatedAt: '2026-11-26T02:00:00.000Z',
    ...overrides,
  }
}
