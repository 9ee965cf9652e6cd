import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { api, effectiveAgreement, insertFile, type EffectiveCase } from '../judicial/judicial-fixture'

describe('performance follow-up', () => {
  let t: TestApp
  let e: EffectiveCase
  beforeAll(async () => {
    t = await buildTestApp()
    e = await effectiveAgreement(t, (content) => ({
      ...content,
      terms: [
        {
          ...content.terms[0],
          amount: 12000,
          dueDate: undefined,
          instalments: [
            { dueDate: '2026-11-28', amount: 4000 },
            { dueDate: '2026-12-28', amount: 8000 },
          ],
        },
      ],
    }))
  })
  afterAll(async () => {
    await t.close()
  })

  const schedule = async () =>
    (await api(t, e, 'applicant', 'GET', `/performance/cases/${e.c.caseId}`)).json().instalments

  it('reminds the payer of instalments due soon, once, even before anyone opened the schedule', async () => {
    const run = () => api(t, e, 'mediator', 'POST', '/performance/reminders/run', { daysAhead: 3 })
    expect((await run()).json()).toEqual({ reminded: 1 })
    expect((await run()).json()).toEqual({ reminded: 0 })
    const notes = await t.database.db
      .selectFrom('notifications')
      .select(['user_id', 'body'])
      .where('case_id', '=', e.c.caseId)
      .where('title', '=', '履行提醒')
      .execute()
    expect(notes).toEqual([{ user_id: e.c.users.respondent.userId, body: expect.stringContaining('2026-11-28') }])
    expect((await api(t, e, 'applicant', 'POST', '/performance/reminders/run', {})).statusCode).toBe(403)
  })

  it('tracks the instalments of the effective agreement once', async () => {
    const first = await schedule()
    expect(
      first.map((i: { dueDate: string; amount: number; status: string }) => [i.dueDate, i.amount, i.status]),
    ).toEqual([
      ['2026-11-28', 4000, 'due'],
      ['2026-12-28', 8000, 'due'],
    ])
    expect(await schedule()).toEqual(first)
    expect((await api(t, e, 'outsider', 'GET', `/performance/cases/${e.c.caseId}`)).statusCode).toBe(404)
  })

  it('the payer marks paid with a receipt; only the payee confirms', async () => {
    const [first] = await schedule()
    const receipt = await insertFile(t, e.c.caseId, e.c.users.respondent.userId)
    const url = `/performance/instalments/${first.id}`
    expect((await api(t, e, 'applicant', 'POST', `${url}/paid`, { receiptFileId: receipt })).json().code).toBe(
      'INSTALMENT_NOT_PAYER',
    )
    const foreign = await api(t, e, 'respondent', 'POST', `${url}/paid`, { receiptFileId: 'not-a-file' })
    expect(foreign.json()).toMatchObject({ code: 'RECEIPT_FILE_INVALID', details: [{ field: 'receiptFileId' }] })
    expect((await api(t, e, 'applicant', 'POST', `${url}/confirm`)).json().code).toBe('INSTALMENT_NOT_PAID')
    const paid = await api(t, e, 'respondent', 'POST', `${url}/paid`, { receiptFileId: receipt })
    expect(paid.json()).toMatchObject({ status: 'paid', receiptFileId: receipt })
    expect((await api(t, e, 'respondent', 'POST', `${url}/confirm`)).json().code).toBe('INSTALMENT_NOT_PAYEE')
    expect((await api(t, e, 'applicant', 'POST', `${url}/confirm`)).json()).toMatchObject({ status: 'confirmed' })
  })

  it('a default is recorded only after the due date; unconfirmed agreements lead to litigation (PML 32)', async () => {
    const [, second] = await schedule()
    const url = `/performance/instalments/${second.id}`
    expect((await api(t, e, 'applicant', 'POST', `${url}/default`)).json().code).toBe('INSTALMENT_NOT_YET_DUE')
    t.clock.advance(40 * 86400)
    expect((await api(t, e, 'respondent', 'POST', `${url}/default`)).json().code).toBe('INSTALMENT_NOT_PAYEE')
    const route = await api(t, e, 'applicant', 'POST', `${url}/default`)
    expect(route.json()).toMatchObject({ route: 'litigation', article: '人民调解法第三十二条', enforcement: null })
    expect((await schedule())[1].status).toBe('defaulted')
    expect((await api(t, e, 'applicant', 'GET', `${url}/route`)).json().route).toBe('litigation')
  })

  it('the mediator records follow-up visits; parties cannot', async () => {
    const body = {
      visitedOn: '2026-12-29',
      method: 'phone',
      performance: 'partly',
      notes: '被申请人称月底前补齐第二期款项',
    }
    const res = await api(t, e, 'mediator', 'POST', `/performance/cases/${e.c.caseId}/visits`, body)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual([expect.objectContaining({ performance: 'partly', mediatorName: expect.any(String) })])
    expect((await api(t, e, 'applicant', 'POST', `/performance/cases/${e.c.caseId}/visits`, body)).json().code).toBe(
      'VISIT_MEDIATOR_ONLY',
    )
  })

  it('each party rates once (1–5); the committee admin sees the ratings', async () => {
    const rate = (who: 'applicant' | 'respondent', score: number) =>
      api(t, e, who, 'POST', `/performance/cases/${e.c.caseId}/rating`, { score, comment: '调解员很耐心' })
    const invalid = await rate('applicant', 6)
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect((await rate('applicant', 5)).json()).toEqual({ ok: true })
    expect((await rate('applicant', 4)).json().code).toBe('RATING_EXISTS')
    expect((await rate('respondent', 4)).statusCode).toBe(200)
    expect(
      (await api(t, e, 'mediator', 'POST', `/performance/cases/${e.c.caseId}/rating`, { score: 5 })).json().code,
    ).toBe('RATING_NOT_PARTY')
    const list = await api(t, e, 'admin', 'GET', `/performance/cases/${e.c.caseId}/ratings`)
    expect(list.json()).toMatchObject({
      average: 4.5,
      items: [
        { partyName: '王秀英', score: 5 },
        { partyName: '李建国', score: 4 },
      ],
    })
    expect((await api(t, e, 'mediator', 'GET', `/performance/cases/${e.c.caseId}/ratings`)).json().code).toBe(
      'RATINGS_ADMIN_ONLY',
    )
    expect(
      (await api(t, e, { phone: DEMO.courtClerk }, 'GET', `/performance/cases/${e.c.caseId}/ratings`)).statusCode,
    ).toBe(404)
  })
})
