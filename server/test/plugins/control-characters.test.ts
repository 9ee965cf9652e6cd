import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'

/**
 * Issue 11 finding 8, second class: NUL and other control characters. PostgreSQL refuses `\u0000` in text
 * ("invalid byte sequence"), SQLite stores it; both now refuse it at the edge with the same 400.
 */
describe('control characters at the edge', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(() => t.close())

  const expectRefused = (res: { statusCode: number; json: () => any }, field?: string) => {
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.code).toBe('INVALID_CHARACTERS')
    expect(body.message).toMatch(/[\u4e00-\u9fff]/)
    if (field) expect(body.details).toEqual([{ field, message: expect.any(String) }])
  }

  it('refuses NUL in a path parameter, public or not', async () => {
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/v1/organisations/abc%00def' }), 'id')
    const headers = await t.authHeader(DEMO.resident)
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/v1/cases/%00', headers }), 'id')
  })

  it('refuses NUL and other C0 controls in query strings', async () => {
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/v1/organisations?regionCode=50%00' }), 'regionCode')
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/v1/regions?parentCode=%1B' }), 'parentCode')
  })

  it('refuses NUL anywhere in a JSON body, including nested fields and keys', async () => {
    const analyze = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/intake/analyze', payload })
    expectRefused(await analyze({ text: '老板欠我工资\u0000三个月' }), 'text')
    const headers = await t.authHeader(DEMO.resident)
    const me = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers,
      payload: { displayName: 'a\u0007b' },
    })
    expectRefused(me, 'displayName')
    const nested = await analyze({ text: '欠薪', extra: { 'k\u0000': 1 } })
    expect(nested.statusCode).toBe(400)
  })

  it('keeps tabs, line breaks and every printable script', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/intake/analyze',
      payload: { text: '老板欠我三个月工资\n共计1万5千元\t（😀 ÄÖ русский）' },
    })
    expect(res.statusCode).toBe(200)
  })

  it('refuses an unpaired surrogate, which neither database can store as sent', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/intake/analyze',
      headers: { 'content-type': 'application/json' },
      payload: '{"text":"欠薪\\ud800"}',
    })
    expectRefused(res, 'text')
  })
})
