import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'
import { insertCase } from '../helpers/cases'

describe('/api/v1/cases', () => {
  let t: TestApp
  let caseId: string
  beforeAll(async () => {
    t = await buildTestApp()
    caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
      staffPhones: [DEMO.mediator],
    })
    await insertCase(t.database, {
      applicantPhone: DEMO.resident2,
      title: '邻里漏水纠纷',
      committeeName: '九龙坡区谢家湾街道人民调解委员会',
    })
  })
  afterAll(async () => {
    await t.close()
  })

  const list = async (phone: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/cases', headers: await t.authHeader(phone) })).json()
  const detail = async (phone: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: await t.authHeader(phone) })

  it('shows each user only their own cases, with their role in it', async () => {
    const applicant = await list(DEMO.resident)
    expect(applicant.total).toBe(1)
    expect(applicant.items[0]).toMatchObject({
      title: '欠薪纠纷',
      myRole: 'applicant',
      committee: { name: '九龙坡区杨家坪街道人民调解委员会' },
    })
    const respondent = await list(DEMO.resident2)
    expect(respondent.items.map((c: { myRole: string }) => c.myRole).sort()).toEqual(['applicant', 'respondent'])
    expect((await list(DEMO.mediator)).items.map((c: { myRole: string }) => c.myRole)).toEqual(['staff'])
    expect((await list(DEMO.committeeAdmin)).total).toBe(1) // their committee's case only
    expect((await list(DEMO.police)).total).toBe(0)
    expect((await list('13912340000')).total).toBe(0)
  })

  it('lets parties and case staff read the detail; everyone else gets 404', async () => {
    const res = await detail(DEMO.resident)
    expect(res.statusCode).toBe(200)
    expect(res.json().parties.map((p: { role: string; isMe: boolean }) => [p.role, p.isMe])).toEqual([
      ['applicant', true],
      ['respondent', false],
    ])
    expect(res.json().facts).toEqual({ amountClaimed: 15000 })
    for (const phone of [DEMO.resident2, DEMO.mediator, DEMO.committeeAdmin])
      expect((await detail(phone)).statusCode).toBe(200)
    for (const phone of [DEMO.police, DEMO.courtClerk, DEMO.sysAdmin, DEMO.mediatorAdmin, '13912340001']) {
      const r = await detail(phone)
      expect(r.statusCode).toBe(404)
      expect(r.json().code).toBe('CASE_NOT_FOUND')
    }
  })

  it('filters by status and pages', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cases?status=closed',
      headers: await t.authHeader(DEMO.resident),
    })
    expect(res.json()).toEqual({ items: [], total: 0 })
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cases?limit=1000',
      headers: await t.authHeader(DEMO.resident),
    })
    expect(bad.json().details[0].field).toBe('limit')
  })
})
