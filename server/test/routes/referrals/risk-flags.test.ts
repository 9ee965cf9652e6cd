import type { RiskFlag, RiskFlagList } from '@contract/referrals'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { addStaff, auditActions, get, post } from './referral-fixtures'

type Json = Record<string, any>

const THREAT = '邻居天天堵我家门，还说要拿刀砍死我。我住九龙坡区杨家坪街道西郊路社区。'

/** Answers any question so the intake can be submitted. */
function answerFor(question: Json): Json {
  switch (question.kind) {
    case 'dispute_type':
    case 'choice':
      return { value: question.choices[0].value }
    case 'money':
      return { value: 1000 }
    case 'date':
      return { value: '2026-11-01' }
    case 'date_range':
      return { value: '2026-10/2026-11' }
    case 'duration':
      return { value: 'P1M' }
    case 'party':
      return { value: { name: '赵某', kind: 'person' } }
    case 'evidence':
      return { value: ['视频'] }
    default:
      return { text: question.slot === 'location' ? '九龙坡区杨家坪街道西郊路社区' : '希望对方停止威胁' }
  }
}

describe('police risk flags (PML 25)', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  /** A resident files an urgent dispute through intake; the flag goes to 杨家坪派出所. */
  async function urgentCase(): Promise<string> {
    let session = (await post(t, DEMO.resident, '/api/v1/intake/sessions', { narrative: THREAT })).json()
    for (let i = 0; i < 40 && session.question; i++) {
      session = (
        await post(t, DEMO.resident, `/api/v1/intake/sessions/${session.id}/answers`, answerFor(session.question))
      ).json()
    }
    const submitted = await post(t, DEMO.resident, `/api/v1/intake/sessions/${session.id}/submit`, {})
    expect(submitted.statusCode).toBe(201)
    return submitted.json().case.id
  }

  it('shows the covering station only what it needs: level, reasons, area and the applicant’s contact', async () => {
    const caseId = await urgentCase()
    const res = await get(t, DEMO.police, '/api/v1/referrals/risk-flags')
    expect(res.statusCode).toBe(200)
    const list = res.json() as RiskFlagList
    expect(list.total).toBe(1)
    const [flag] = list.items
    expect(flag).toMatchObject({
      caseId,
      level: 'urgent',
      area: { regionCode: '500107001002', regionName: '西郊路社区' },
      contact: { phone: DEMO.resident },
      acknowledgedAt: null,
    })
    expect(flag.reasons.length).toBeGreaterThan(0)
    expect(flag.reasons[0].message).toMatch(/[\u4e00-\u9fa5]/)
    // Nothing else of the case: no narrative, no facts, no words quoted from the resident.
    expect(JSON.stringify(flag)).not.toContain('砍死')
    expect(Object.keys(flag).sort()).toEqual(
      [
        'acknowledgedAt',
        'area',
        'caseId',
        'caseNumber',
        'contact',
        'createdAt',
        'disputeType',
        'disputeTypeName',
        'id',
        'level',
        'reasons',
      ].sort(),
    )
  })

  it('acknowledges once (audited); acknowledging again changes nothing; open and acknowledged lists split', async () => {
    const caseId = await urgentCase()
    const [flag] = ((await get(t, DEMO.police, '/api/v1/referrals/risk-flags')).json() as RiskFlagList).items
    const ack = await post(t, DEMO.police, `/api/v1/referrals/risk-flags/${flag.id}/ack`)
    expect(ack.statusCode).toBe(200)
    const acknowledged = ack.json() as RiskFlag
    expect(acknowledged.acknowledgedAt).not.toBeNull()
    t.clock.advance(60)
    const again = await post(t, DEMO.police, `/api/v1/referrals/risk-flags/${flag.id}/ack`)
    expect(again.statusCode).toBe(200)
    expect(again.json().acknowledgedAt).toBe(acknowledged.acknowledgedAt)
    expect((await auditActions(t, caseId)).filter((a) => a === 'risk_flag.acknowledge')).toHaveLength(1)
    expect((await get(t, DEMO.police, '/api/v1/referrals/risk-flags')).json().total).toBe(0)
    const done = (await get(t, DEMO.police, '/api/v1/referrals/risk-flags?status=acknowledged')).json() as RiskFlagList
    expect(done.items.map((f) => f.id)).toEqual([flag.id])
  })

  it('keeps other stations and every other role out', async () => {
    await urgentCase()
    const [flag] = ((await get(t, DEMO.police, '/api/v1/referrals/risk-flags')).json() as RiskFlagList).items
    await addStaff(t, {
      phone: '13800000031',
      name: '石桥铺民警',
      roles: ['police'],
      organisation: '重庆市公安局九龙坡区分局石桥铺派出所',
    })
    const otherStation = await get(t, '13800000031', '/api/v1/referrals/risk-flags?status=all')
    expect(otherStation.statusCode).toBe(200)
    expect(otherStation.json()).toEqual({ items: [], total: 0 })
    const otherAck = await post(t, '13800000031', `/api/v1/referrals/risk-flags/${flag.id}/ack`)
    expect(otherAck.statusCode).toBe(404)
    expect(otherAck.json().code).toBe('RISK_FLAG_NOT_FOUND')

    for (const phone of [
      DEMO.resident,
      DEMO.resident2,
      DEMO.mediator,
      DEMO.committeeAdmin,
      DEMO.courtClerk,
      DEMO.sysAdmin,
      DEMO.mediatorAdmin,
    ]) {
      const list = await get(t, phone, '/api/v1/referrals/risk-flags')
      const ack = await post(t, phone, `/api/v1/referrals/risk-flags/${flag.id}/ack`)
      expect({ phone, list: list.statusCode, ack: ack.statusCode }).toEqual({ phone, list: 403, ack: 403 })
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/referrals/risk-flags' })
    expect(anonymous.statusCode).toBe(401)
    // Nobody outside the station acknowledged it.
    const still = (await get(t, DEMO.police, '/api/v1/referrals/risk-flags')).json() as RiskFlagList
    expect(still.items[0].acknowledgedAt).toBeNull()
  })
})
