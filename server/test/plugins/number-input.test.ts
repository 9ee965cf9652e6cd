import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'
import { insertCase } from '../helpers/cases'

/**
 * Issue 11 finding 8, first class: non-finite and out-of-range numbers. Strings are never coerced to numbers in
 * bodies, and query/path numbers (coerced from text) must be finite and inside the schema's bounds.
 */
describe('numbers at the edge', () => {
  let t: TestApp
  let caseId: string

  beforeAll(async () => {
    t = await buildTestApp()
    caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      staffPhones: [DEMO.mediator],
      status: 'in_mediation',
    })
  })
  afterAll(() => t.close())

  const schedules = `/api/v1/sessions/cases/{id}/schedules`
  const propose = async (durationMinutes: unknown) =>
    t.app.inject({
      method: 'POST',
      url: schedules.replace('{id}', caseId),
      headers: await t.authHeader(DEMO.mediator),
      payload: { startsAt: '2026-11-28T14:30:00+08:00', durationMinutes },
    })

  it.each(['Infinity', '-Infinity', '1e309', '60', 'NaN'])(
    'refuses durationMinutes %p sent as a string (no coercion in bodies)',
    async (value) => {
      const res = await propose(value)
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'durationMinutes' }] })
    },
  )

  it('refuses a JSON number too large to be finite and one above the maximum', async () => {
    const raw = async (json: string) =>
      t.app.inject({
        method: 'POST',
        url: schedules.replace('{id}', caseId),
        headers: { ...(await t.authHeader(DEMO.mediator)), 'content-type': 'application/json' },
        payload: `{"startsAt":"2026-11-28T14:30:00+08:00","durationMinutes":${json}}`,
      })
    for (const json of ['1e309', '-1e309', '12345678901234567000']) {
      const res = await raw(json)
      expect(res.statusCode).toBe(400)
      expect(res.json().code).toBe('VALIDATION_FAILED')
    }
  })

  it('keeps the case schedules readable after hostile proposals, and accepts a real number', async () => {
    await propose('Infinity')
    const list = await t.app.inject({
      method: 'GET',
      url: schedules.replace('{id}', caseId),
      headers: await t.authHeader(DEMO.mediator),
    })
    expect(list.statusCode).toBe(200)
    expect((await propose(90)).statusCode).toBe(200)
  })

  it.each([
    ['/api/v1/cases?limit=Infinity', 'limit'],
    ['/api/v1/cases?offset=1e309', 'offset'],
    ['/api/v1/cases?offset=12345678901234567000', 'offset'],
    ['/api/v1/cases?limit=-Infinity', 'limit'],
    ['/api/v1/notifications?offset=Infinity', 'offset'],
    ['/api/v1/calculators/regional-figures?year=Infinity', 'year'],
  ])('refuses %s with a validation error naming %s', async (url, field) => {
    const res = await t.app.inject({ method: 'GET', url, headers: await t.authHeader(DEMO.sysAdmin) })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field }] })
    expect(res.json().message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('refuses daysAhead as a string or beyond its bounds in a body', async () => {
    for (const daysAhead of ['1e309', 'Infinity', 12345678901234567000, 31]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/performance/reminders/run',
        headers: await t.authHeader(DEMO.sysAdmin),
        payload: { daysAhead },
      })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'daysAhead' }] })
    }
  })

  it('refuses non-finite and huge numbers in path parameters and message history bounds', async () => {
    const roomUrl = (q: string) => `/api/v1/sessions/rooms/any/messages?${q}`
    for (const q of ['afterSeq=Infinity', 'beforeSeq=1e309', 'afterSeq=12345678901234567000']) {
      const res = await t.app.inject({ method: 'GET', url: roomUrl(q), headers: await t.authHeader(DEMO.mediator) })
      expect(res.statusCode).toBe(400)
    }
    const version = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/agreement/versions/Infinity`,
      headers: await t.authHeader(DEMO.mediator),
    })
    expect(version.statusCode).toBe(400)
  })
})
