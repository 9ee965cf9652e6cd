import { CALCULATOR_INPUT_LIMITS, CALCULATOR_KINDS } from '@contract/calculators'
import { buildTestApp, type TestApp } from '../../helpers/test-app'

/** Calculator inputs are bounded to real-world ranges, so every answer is a finite total with a readable formula. */
describe('calculator input bounds', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp({ seed: false })
  })
  afterAll(() => t.close())

  const post = (kind: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1/calculators/${kind}`, payload })

  it('refuses monthlyIncome 1e308 (once 200 with total null and a 300-digit formula) naming the field', async () => {
    const res = await post('lost-income', { days: 30, monthlyIncome: 1e308 })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'monthlyIncome', message: '数值太大' }],
    })
  })

  it('refuses a value just above each ceiling and computes a finite total at the ceiling', async () => {
    const { monthlyYuan, days, principalYuan } = CALCULATOR_INPUT_LIMITS
    expect((await post('lost-income', { days: days + 1, dailyIncome: 100 })).statusCode).toBe(400)
    expect((await post('notice-pay', { monthlyWage: monthlyYuan + 0.01 })).statusCode).toBe(400)
    const atCeiling = await post('loan-interest', { principal: principalYuan, annualRate: 10, years: 100 })
    expect(atCeiling.statusCode).toBe(200)
    const body = atCeiling.json()
    expect(Number.isFinite(body.total)).toBe(true)
    for (const item of body.items) expect(item.formula.length).toBeLessThan(400)
  })

  it('publishes every ceiling in the calculators’ input schemas (the form reads them)', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/calculators' })).json()
    expect(list.items).toHaveLength(CALCULATOR_KINDS.length)
    for (const item of list.items as Array<{
      inputSchema: { properties: Record<string, { type?: string; maximum?: number }> }
    }>) {
      for (const [key, property] of Object.entries(item.inputSchema.properties)) {
        if (property.type === 'number' || property.type === 'integer')
          expect([key, property.maximum]).toEqual([key, expect.any(Number)])
      }
    }
  })
})
