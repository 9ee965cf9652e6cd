import { CALCULATOR_KINDS } from '@contract/calculators'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'

describe('calculator routes', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  const post = (kind: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url: `/api/v1/calculators/${kind}`, payload: payload as object })

  it('lists every kind with its input schema, without logging in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calculators' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.items.map((i: { kind: string }) => i.kind)).toEqual([...CALCULATOR_KINDS])
    const lost = body.items.find((i: { kind: string }) => i.kind === 'lost-income')
    expect(Object.keys(lost.inputSchema.properties)).toEqual(['days', 'monthlyIncome', 'annualIncome', 'dailyIncome'])
  })

  it('computes economic compensation with the 3× cap', async () => {
    const res = await post('economic-compensation', {
      averageMonthlyWage: 30000,
      startDate: '2008-03-01',
      endDate: '2023-02-28',
      localAverageMonthlyWage: 8000,
    })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.total).toBe(288000)
    expect(body.items[0]).toMatchObject({ key: 'economic-compensation', amount: 288000 })
    expect(body.items[0].basis).toContainEqual({ law: '中华人民共和国劳动合同法', article: '第四十七条' })
    expect(Array.isArray(body.warnings)).toBe(true)
  })

  it('takes numbers as JSON numbers only (the form parses what people type; text is not coerced)', async () => {
    const res = await post('lost-income', { days: 45, monthlyIncome: 5000 })
    expect(res.statusCode).toBe(200)
    expect(res.json().total).toBe(7500)
    const asText = await post('lost-income', { days: '45', monthlyIncome: '5000' })
    expect(asText.statusCode).toBe(400)
    expect(asText.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'days' }] })
  })

  it('takes figures from the seeded regional table by region + year', async () => {
    const res = await post('death-compensation', { region: '000000', year: 2023, age: 30 })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.total).toBe(1036420)
    expect(body.figuresUsed[0]).toMatchObject({ name: '全国2023年度城镇居民人均可支配收入', value: 51821 })
  })

  it('answers 400 naming the field for negative days, grade 11 and an end before the start', async () => {
    const negative = await post('lost-income', { days: -3, monthlyIncome: 5000 })
    expect(negative.statusCode).toBe(400)
    expect(negative.json().details[0].field).toBe('days')

    const grade = await post('work-injury-disability-subsidy', { grade: 11, ownMonthlyWage: 5000 })
    expect(grade.statusCode).toBe(400)
    expect(grade.json().details[0].field).toBe('grade')

    const order = await post('economic-compensation', {
      averageMonthlyWage: 5000,
      startDate: '2023-05-01',
      endDate: '2023-04-01',
    })
    expect(order.statusCode).toBe(400)
    expect(order.json()).toMatchObject({ code: 'CALC_DATE_ORDER', details: [{ field: 'endDate' }] })
    expect(order.json().message).toContain('离职日期')
  })

  it('answers 400 for a cross-field problem the schema cannot see', async () => {
    const res = await post('lost-income', { days: 3, monthlyIncome: 5000, dailyIncome: 100 })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'CALC_FIELDS_CONFLICT', details: [{ field: 'dailyIncome' }] })
  })

  it('answers 404 for an unknown kind', async () => {
    const res = await post('pain-and-suffering', { amount: 1 })
    expect(res.statusCode).toBe(404)
  })

  describe('regional figures', () => {
    it('are listed publicly with their source', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/calculators/regional-figures?region=500000' })
      expect(res.statusCode).toBe(200)
      const items = res.json().items
      expect(items.length).toBeGreaterThan(0)
      for (const item of items) expect(item.source).toContain('重庆')
    })

    it('are editable by sys_admin only, and edits change the calculation', async () => {
      const body = {
        regionCode: '500000',
        regionName: '重庆市',
        year: 2024,
        kind: 'averageAnnualWage',
        value: 120000,
        source: '测试：重庆市统计局公报',
        verified: true,
      }
      const denied = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/regional-figures',
        headers: await t.authHeader(DEMO.mediator),
        payload: body,
      })
      expect(denied.statusCode).toBe(403)

      const admin = await t.authHeader(DEMO.sysAdmin)
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/regional-figures',
        headers: admin,
        payload: body,
      })
      expect(created.statusCode).toBe(201)
      const id = created.json().id
      expect((await post('funeral', { region: '500000', year: 2024 })).json().total).toBe(60000)

      const duplicate = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/regional-figures',
        headers: admin,
        payload: body,
      })
      expect(duplicate.statusCode).toBe(409)

      const patched = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/admin/regional-figures/${id}`,
        headers: admin,
        payload: { value: 121670.4 },
      })
      expect(patched.statusCode).toBe(200)
      expect(patched.json().value).toBe(121670.4)
      expect((await post('funeral', { region: '500000', year: 2024 })).json().total).toBe(60835.2)

      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/admin/regional-figures/${id}`,
        headers: admin,
      })
      expect(removed.statusCode).toBe(200)
      const missing = await post('funeral', { region: '500000', year: 2024 })
      expect(missing.statusCode).toBe(400)
      expect(missing.json()).toMatchObject({ code: 'CALC_FIGURE_NOT_FOUND', details: [{ field: 'region' }] })
    })
  })
})
