import { createJobs } from '../../../src/services/jobs/create-jobs'
import { insertCase } from '../../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { noticeBodies, noticesByPhone, RecordingSubscribeMessages } from './jobs-fixture'

const HOUR = 3600

/** Reminders before a confirmed session, through the real scheduling routes and the job run with the test clock. */
describe('session reminders job', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  const newCase = () =>
    insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      staffPhones: [DEMO.mediator],
      status: 'in_mediation',
    })

  async function schedule(caseId: string, hoursAhead: number, confirmBy: string[], where: object = {}) {
    const startsAt = new Date(t.clock.now().getTime() + hoursAhead * HOUR * 1000).toISOString()
    const proposed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/cases/${caseId}/schedules`,
      headers: await t.authHeader(DEMO.mediator),
      payload: { startsAt, durationMinutes: 60, ...where },
    })
    expect(proposed.statusCode).toBe(200)
    for (const phone of confirmBy) {
      const answered = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/schedules/${proposed.json().id}/answer`,
        headers: await t.authHeader(phone),
        payload: { answer: 'confirmed' },
      })
      expect(answered.statusCode).toBe(200)
    }
    return proposed.json().id as string
  }

  it('reminds every participant 24 h and 1 h before a confirmed session, once each, across restarts', async () => {
    const caseId = await newCase()
    await schedule(caseId, 30, [DEMO.resident, DEMO.resident2])
    const subscribe = new RecordingSubscribeMessages()
    const jobs = createJobs(t.app, { subscribeMessages: subscribe })

    expect(await jobs.run('session_reminders')).toMatchObject({ status: 'done', count: 0 }) // 30 h ahead
    t.clock.advance(7 * HOUR) // 23 h ahead
    expect(await jobs.run('session_reminders')).toMatchObject({ status: 'done', count: 1 })
    expect(await jobs.run('session_reminders')).toMatchObject({ status: 'done', count: 0 })
    expect(await noticesByPhone(t, caseId, 'session_reminder')).toEqual({
      [DEMO.resident]: ['调解即将开始'],
      [DEMO.resident2]: ['调解即将开始'],
      [DEMO.mediator]: ['调解即将开始'],
    })
    const first = (await noticeBodies(t, caseId, 'session_reminder'))[0]
    expect(first).toMatch(/约23小时后/)
    expect(first).toContain('在线上调解室进行')
    expect(subscribe.sent.map((m) => m.kind)).toEqual(['session_reminder', 'session_reminder', 'session_reminder'])

    // A restarted process (a new runner) finds the reminder already recorded.
    t.clock.advance(22 * HOUR + 20 * 60) // 40 minutes ahead
    const afterRestart = createJobs(t.app, { subscribeMessages: subscribe })
    expect(await afterRestart.run('session_reminders')).toMatchObject({ count: 1 })
    expect(await jobs.run('session_reminders')).toMatchObject({ count: 0 })
    const bodies = await noticeBodies(t, caseId, 'session_reminder')
    expect(bodies).toHaveLength(6)
    expect(bodies[5]).toMatch(/40分钟后/)
    expect(subscribe.sent).toHaveLength(6)

    t.clock.advance(HOUR) // the session has started: nothing more
    expect(await jobs.run('session_reminders')).toMatchObject({ count: 0 })
  })

  it('says the in-person place the mediator gave', async () => {
    const caseId = await newCase()
    await schedule(caseId, 2, [DEMO.resident, DEMO.resident2], { place: '九龙坡区杨家坪街道调委会调解室' })
    // Made before the place field: the client put the place on the note's first line.
    const legacyCase = await newCase()
    await schedule(legacyCase, 2, [DEMO.resident, DEMO.resident2], { note: '地点：区司法局三楼\n请带合同' })
    expect(await t.app.jobs.run('session_reminders')).toMatchObject({ count: 2 })
    const bodies = await noticeBodies(t, caseId, 'session_reminder')
    expect(bodies).toHaveLength(3)
    for (const body of bodies) {
      expect(body).toContain('在 九龙坡区杨家坪街道调委会调解室 进行调解')
      expect(body).toContain('请按时到场')
      expect(body).not.toContain('线上')
    }
    expect((await noticeBodies(t, legacyCase, 'session_reminder'))[0]).toContain('在 区司法局三楼 进行调解')
  })

  it('sends nothing for a time not confirmed by everyone, and one reminder for a time confirmed late', async () => {
    const pendingCase = await newCase()
    await schedule(pendingCase, 2, [DEMO.resident])
    const lateCase = await newCase()
    await schedule(lateCase, 0.5, [DEMO.resident, DEMO.resident2])

    expect(await t.app.jobs.run('session_reminders')).toMatchObject({ count: 1 })
    expect(await noticesByPhone(t, pendingCase, 'session_reminder')).toEqual({})
    // 30 minutes ahead covers both leads: one notice per person, not a "24 h" and a "1 h" one.
    const late = await noticesByPhone(t, lateCase, 'session_reminder')
    expect(Object.values(late).map((titles) => titles.length)).toEqual([1, 1, 1])
    const stages = await t.database.db
      .selectFrom('sent_reminders')
      .select('stage')
      .where('job', '=', 'session_reminders')
      .orderBy('stage')
      .execute()
    expect(stages.map((s) => s.stage)).toEqual(expect.arrayContaining(['1h', '24h']))
  })
})
