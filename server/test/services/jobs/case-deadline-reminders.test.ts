import { insertCase } from '../../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { STREET_COMMITTEE } from '../../routes/referrals/referral-fixtures'
import { noticeBodies, noticesByPhone } from './jobs-fixture'

const DAY = 86_400

/** Mediation deadlines set by the real acceptance route (labour: 15 days, then arbitration), reminded by the job. */
describe('case deadline reminders job', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  async function acceptedLabourCase() {
    const caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      committeeName: STREET_COMMITTEE,
      staffPhones: [DEMO.mediator],
    })
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/accept`,
      headers: await t.authHeader(DEMO.committeeAdmin),
    })
    expect(accepted.statusCode).toBe(200)
    const progress = await t.database.db
      .selectFrom('case_progress')
      .select('deadline_at')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow()
    return { caseId, deadline: new Date(progress.deadline_at!) }
  }

  /** Moves the test clock to `seconds` relative to the deadline. */
  const moveTo = (deadline: Date, seconds: number) =>
    t.clock.advance((deadline.getTime() - t.clock.now().getTime()) / 1000 + seconds)

  it('tells the mediator and both parties 3 days before and once passed, each once', async () => {
    const { caseId, deadline } = await acceptedLabourCase()
    expect(await t.app.jobs.run('case_deadlines')).toMatchObject({ status: 'done', count: 0 })

    moveTo(deadline, -2.5 * DAY)
    expect(await t.app.jobs.run('case_deadlines')).toMatchObject({ count: 1 })
    expect(await t.app.jobs.run('case_deadlines')).toMatchObject({ count: 0 })
    expect(await noticesByPhone(t, caseId, 'deadline_reminder')).toEqual({
      [DEMO.resident]: ['调解期限即将届满'],
      [DEMO.resident2]: ['调解期限即将届满'],
      [DEMO.mediator]: ['调解期限即将届满'],
    })
    expect((await noticeBodies(t, caseId, 'deadline_reminder'))[0]).toMatch(/剩余约3天.*劳动争议调解仲裁法第十四条/)

    moveTo(deadline, 60)
    expect(await t.app.jobs.run('case_deadlines')).toMatchObject({ count: 1 })
    expect(await t.app.jobs.run('case_deadlines')).toMatchObject({ count: 0 })
    const bodies = await noticeBodies(t, caseId, 'deadline_reminder')
    expect(bodies).toHaveLength(6)
    expect(bodies[5]).toMatch(/已于.*届满.*可以依法申请劳动争议仲裁/)
  })

  it('leaves finished cases alone, and gives a deadline first seen after it passed only the "passed" notice', async () => {
    const finished = await acceptedLabourCase()
    await t.database.db
      .updateTable('cases')
      .set({ status: 'agreement_reached' })
      .where('id', '=', finished.caseId)
      .execute()
    const late = await acceptedLabourCase()
    moveTo(late.deadline, DAY)
    await t.app.jobs.run('case_deadlines')
    expect(await noticesByPhone(t, finished.caseId, 'deadline_reminder')).toEqual({})
    const titles = Object.values(await noticesByPhone(t, late.caseId, 'deadline_reminder'))
    expect(titles).toEqual([['调解期限已届满'], ['调解期限已届满'], ['调解期限已届满']])
  })
})
