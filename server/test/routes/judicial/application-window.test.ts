import { addDays, chinaDate } from '../../../src/domain/judicial/china-dates'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { api, applicationBody, districtCourtId, effectiveAgreement } from './judicial-fixture'

/** CPL 205: within 30 days of the agreement's effective date. Its own app: the clock moves a month. */
describe('the 30-day application window', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  const moveTo = (chinaDateTime: string) =>
    t.clock.advance((Date.parse(chinaDateTime) - t.clock.now().getTime()) / 1000)

  it('passes on the last minute of day 30 and fails from the first minute of day 31, also at submission', async () => {
    const e = await effectiveAgreement(t)
    const sealed = await t.database.db
      .selectFrom('signable_documents')
      .select('effective_at')
      .where('id', '=', e.version.documentRowId)
      .executeTakeFirstOrThrow()
    const day0 = chinaDate(sealed.effective_at!)
    const window = async () =>
      (await api(t, e, 'applicant', 'GET', `/judicial/cases/${e.c.caseId}/readiness`))
        .json()
        .checks.find((c: { code: string }) => c.code === 'WITHIN_30_DAYS')

    moveTo(`${addDays(day0, 30)}T23:59:00+08:00`)
    expect(await window()).toMatchObject({ status: 'pass', message: expect.stringContaining('还有 0 天') })
    const court = await districtCourtId(t)
    const created = await api(
      t,
      e,
      'mediator',
      'POST',
      `/judicial/cases/${e.c.caseId}/application`,
      await applicationBody(t, e, court),
    )
    expect(created.statusCode).toBe(201)
    await api(t, e, 'applicant', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)

    moveTo(`${addDays(day0, 31)}T00:00:00+08:00`)
    expect(await window()).toMatchObject({ status: 'fail' })
    const late = await api(t, e, 'respondent', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    expect(late.statusCode).toBe(409)
    expect(late.json()).toMatchObject({ code: 'JUDICIAL_WINDOW_EXPIRED', details: [{ field: 'WITHIN_30_DAYS' }] })
    const after = (await api(t, e, 'applicant', 'GET', `/judicial/cases/${e.c.caseId}/application`)).json()
    expect(after.status).toBe('awaiting_parties')
  })
})
