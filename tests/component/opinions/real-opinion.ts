import type { Opinion } from '@contract/opinions'
import { buildOpinion } from '../../../server/src/domain/opinion/build-opinion'

/** An opinion document built by the server's own generator, so the page is tested on what production sends. */
export function realOpinion(version: number, monthlyWage = 6000): Opinion {
  const document = buildOpinion({
    caseNumber: 'TJ-2026-000042',
    caseTitle: '王秀英与某物流公司劳动争议纠纷',
    disputeTypeLabel: '劳动争议',
    parties: [
      { role: 'applicant', name: '王秀英' },
      { role: 'respondent', name: '某物流公司' },
    ],
    facts: [{ text: '公司于 2026 年 10 月 31 日通知我不用来上班了，没有给补偿。', statedBy: '申请人王秀英' }],
    claims: ['支付解除劳动合同经济补偿'],
    evidence: [{ name: '劳动合同', submittedBy: '申请人王秀英' }],
    calculations: [
      {
        kind: 'economic-compensation',
        input: { averageMonthlyWage: monthlyWage, startDate: '2020-03-01', endDate: '2026-10-31' },
      },
    ],
    generatedAt: `2026-11-2${version}T08:00:00.000Z`,
  })
  return {
    id: `opinion-${version}`,
    caseId: 'case-1',
    version,
    createdAt: document.generatedAt,
    document,
  }
}
