import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { api, applicationBody, districtCourtId, effectiveAgreement } from '../../routes/judicial/judicial-fixture'
import { noticeBodies, noticesByPhone } from './jobs-fixture'

const clerk = { phone: DEMO.courtClerk }

/**
 * After a real agreement took effect (drafted, confirmed, signed, sealed): the court's decision deadline on the
 * judicial confirmation, then the instalment due 2026-12-31 — reminded by the jobs as the test clock moves on.
 */
describe('judicial decision and instalment reminders jobs', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  /** Moves the test clock to noon (China time) of a date. */
  const moveToChinaNoon = (date: string) =>
    t.clock.advance((Date.parse(`${date}T12:00:00+08:00`) - t.clock.now().getTime()) / 1000)

  it('reminds the filing clerk of the decision deadline before it and once it has passed', async () => {
    const e = await effectiveAgreement(t)
    const created = await api(
      t,
      e,
      'mediator',
      'POST',
      `/judicial/cases/${e.c.caseId}/application`,
      await applicationBody(t, e, await districtCourtId(t)),
    )
    expect(created.statusCode).toBe(201)
    await api(t, e, 'applicant', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    const submitted = await api(t, e, 'respondent', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    expect(submitted.json().status).toBe('submitted')
    const filed = await api(t, e, clerk, 'POST', `/judicial/applications/${submitted.json().id}/file`, {
      courtCaseNumber: '（2026）渝0107民特101号',
    })
    expect(filed.json()).toMatchObject({ status: 'filed', decisionDueDate: '2026-12-11' })

    expect(await t.app.jobs.run('judicial_decisions')).toMatchObject({ status: 'done', count: 0 })
    moveToChinaNoon('2026-12-08')
    expect(await t.app.jobs.run('judicial_decisions')).toMatchObject({ count: 1 })
    moveToChinaNoon('2026-12-11') // the last day: not yet overdue, already reminded
    expect(await t.app.jobs.run('judicial_decisions')).toMatchObject({ count: 0 })
    moveToChinaNoon('2026-12-12')
    expect(await t.app.jobs.run('judicial_decisions')).toMatchObject({ count: 1 })
    expect(await t.app.jobs.run('judicial_decisions')).toMatchObject({ count: 0 })

    expect(await noticesByPhone(t, e.c.caseId, 'deadline_reminder')).toEqual({
      [DEMO.courtClerk]: ['司法确认审查期限临近', '司法确认审查已超期'],
    })
    const [near] = await noticeBodies(t, e.c.caseId, 'deadline_reminder')
    expect(near).toContain('（2026）渝0107民特101号')
    expect(near).toContain('2026年12月11日前作出裁定')
    expect(near).toContain('第五条')
  })

  it('reminds the payer before the due date, then tells both sides and the mediator once it is overdue', async () => {
    const e = await effectiveAgreement(t)
    moveToChinaNoon('2026-12-20')
    await t.app.jobs.run('instalment_reminders')
    expect(await noticesByPhone(t, e.c.caseId, 'instalment_due')).toEqual({})

    moveToChinaNoon('2026-12-29')
    expect(await t.app.jobs.run('instalment_reminders')).toMatchObject({ status: 'done' })
    expect(await noticesByPhone(t, e.c.caseId, 'instalment_due')).toEqual({ [DEMO.resident2]: ['履行提醒'] })

    moveToChinaNoon('2026-12-31') // the due date itself is not overdue
    await t.app.jobs.run('instalment_reminders')
    expect(await noticesByPhone(t, e.c.caseId, 'instalment_update')).toEqual({})

    moveToChinaNoon('2027-01-01')
    await t.app.jobs.run('instalment_reminders')
    await t.app.jobs.run('instalment_reminders')
    expect(await noticesByPhone(t, e.c.caseId, 'instalment_update')).toEqual({
      [DEMO.resident]: ['履行期限已过'],
      [DEMO.resident2]: ['履行期限已过'],
      [DEMO.mediator]: ['履行期限已过'],
    })
    const bodies = await noticeBodies(t, e.c.caseId, 'instalment_update')
    expect(bodies.some((b) => b.includes('登记未履行'))).toBe(true)
    // The state machine is the service's: the instalment stays due until the payee or mediator declares a default.
    const row = await t.database.db
      .selectFrom('instalments')
      .select('status')
      .where('case_id', '=', e.c.caseId)
      .executeTakeFirstOrThrow()
    expect(row.status).toBe('due')
    expect(await noticesByPhone(t, e.c.caseId, 'instalment_due')).toEqual({ [DEMO.resident2]: ['履行提醒'] })
  })
})
