import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { runCalculator } from '../../../src/domain/calculators/registry'

type Json = Record<string, any>

const STORY =
  '我在九龙坡区杨家坪街道团结路社区附近的重庆某建筑劳务有限公司工地干活，2025年3月1日进场，每月工资6000元，' +
  '老板一直拖欠工资，到现在还欠我18000元没给，我因为老板拖欠工资只好辞职了。'

/** What this resident answers to each remaining question. */
function answerFor(question: Json): Json {
  switch (question.slot) {
    case 'employment_end':
      return { text: '2025年12月20日' }
    case 'owed_period':
      return { value: '2025-09/2025-11' }
    case 'has_contract':
      return { value: 'yes' }
    case 'evidence':
      return { value: ['工资条', '微信聊天记录'] }
    case 'location':
      return { text: '九龙坡区杨家坪街道团结路社区' }
    case 'claim':
      return { text: '要求老板支付拖欠的工资和经济补偿' }
  }
  if (question.kind === 'choice' || question.kind === 'dispute_type') return { value: question.choices[0].value }
  throw new Error(`unexpected question ${question.slot}`)
}

describe('opinion generated from a real intake case', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  const post = async (url: string, payload: Json) =>
    t.app.inject({ method: 'POST', url, payload, headers: await t.authHeader(DEMO.resident) })

  it('files a wage case through intake, then generates the opinion with the amounts from the story', async () => {
    const created = await post('/api/v1/intake/sessions', { narrative: STORY })
    expect(created.statusCode).toBe(201)
    let session = created.json()
    expect(session.disputeType).toBe('wage_arrears')
    for (let i = 0; i < 40 && session.question; i++) {
      const res = await post(`/api/v1/intake/sessions/${session.id}/answers`, answerFor(session.question))
      expect(res.statusCode).toBe(200)
      session = res.json()
    }
    expect(session.question).toBeNull()
    const submitted = await post(`/api/v1/intake/sessions/${session.id}/submit`, {})
    expect(submitted.statusCode).toBe(201)
    const caseId = submitted.json().case.id

    const res = await post(`/api/v1/cases/${caseId}/opinions`, {})
    expect(res.statusCode).toBe(201)
    const document = res.json().document
    // Economic compensation: 2025-03-01 to 2025-12-20 is over six months → N = 1 × 6000 (劳动合同法 38, 46, 47).
    const expected = runCalculator('economic-compensation', {
      averageMonthlyWage: 6000,
      startDate: '2025-03-01',
      endDate: '2025-12-20',
    })
    expect(document.calculations.map((c: Json) => [c.kind, c.total])).toEqual([
      ['economic-compensation', expected.total],
    ])
    expect(expected.total).toBe(6000)
    expect(document.total.amount).toBe(18000 + 6000)
    expect(document.settlementRange.low.amount).toBe(18000 + 4800)

    const section = (key: string) => JSON.stringify(document.sections.find((s: Json) => s.key === key))
    expect(section('facts')).toContain('申请人')
    expect(section('facts')).toContain('被拖欠金额：18,000元')
    expect(section('materials')).toContain('工资条（申请人')
    expect(section('issues')).toContain('要求老板支付拖欠的工资和经济补偿')
    expect(section('analysis')).toContain('按申请人陈述的约定工资6000元计算')
    expect(section('analysis')).toContain('拖欠工资')
    // The Chongqing figures in the table are older than the year courts use, and the letter says so.
    expect(section('analysis')).toContain('本地区统计数据按重庆市2023年度计算')
  })
})
