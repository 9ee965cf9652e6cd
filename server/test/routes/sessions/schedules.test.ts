import { DEMO } from '../../helpers/test-app'
import { createCase, OUTSIDER_PHONE, SharedDatabase, type CaseFixture, type Instance } from './session-harness'

/** The mediator proposes a session time; the parties confirm or decline; all of it audited and shown in the room. */
describe('session scheduling', () => {
  const shared = new SharedDatabase()
  let app: Instance
  let fixture: CaseFixture
  const tomorrow = () => new Date(shared.clock.now().getTime() + 86_400_000).toISOString()

  beforeAll(async () => {
    await shared.prepare()
    app = await shared.instance()
    fixture = await createCase(app)
  })
  afterAll(() => shared.close())

  const call = async (phone: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.app.inject({ method, url: `/api/v1/sessions${url}`, headers: await app.bearer(phone), payload })

  it('lets only the mediator of the case propose, and only a future time', async () => {
    const body = { startsAt: tomorrow(), durationMinutes: 60 }
    const byParty = await call(DEMO.resident, 'POST', `/cases/${fixture.caseId}/schedules`, body)
    expect(byParty.statusCode).toBe(403)
    expect(byParty.json().code).toBe('SCHEDULE_MEDIATOR_ONLY')
    const byOtherMediator = await call(DEMO.mediatorAdmin, 'POST', `/cases/${fixture.caseId}/schedules`, body)
    expect(byOtherMediator.statusCode).toBe(404)
    const past = await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
      startsAt: new Date(shared.clock.now().getTime() - 60_000).toISOString(),
      durationMinutes: 60,
    })
    expect(past.statusCode).toBe(400)
    expect(past.json()).toMatchObject({ code: 'SCHEDULE_IN_PAST', details: [{ field: 'startsAt' }] })
    const tooShort = await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
      startsAt: tomorrow(),
      durationMinutes: 5,
    })
    expect(tooShort.statusCode).toBe(400)
    expect(tooShort.json().code).toBe('VALIDATION_FAILED')
  })

  it('is confirmed once every party confirms, and shows in the room and the pending lists', async () => {
    const proposed = await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
      startsAt: '2026-11-28T14:30:00+08:00',
      durationMinutes: 90,
      note: '  请携带劳动合同  ',
    })
    expect(proposed.statusCode).toBe(200)
    const schedule = proposed.json()
    expect(schedule).toMatchObject({ status: 'proposed', startsAt: '2026-11-28T06:30:00.000Z', note: '请携带劳动合同' })
    expect(schedule.answers.map((a: { answer: string }) => a.answer)).toEqual(['pending', 'pending'])

    const pending = await call(DEMO.resident, 'GET', '/schedules/pending')
    expect(pending.json().items.map((s: { id: string }) => s.id)).toEqual([schedule.id])
    expect((await call(DEMO.mediator, 'GET', '/schedules/pending')).json().items).toEqual([])

    const outsider = await call(OUTSIDER_PHONE, 'POST', `/schedules/${schedule.id}/answer`, { answer: 'confirmed' })
    expect(outsider.statusCode).toBe(404)
    const mediator = await call(DEMO.mediator, 'POST', `/schedules/${schedule.id}/answer`, { answer: 'confirmed' })
    expect(mediator.statusCode).toBe(404) // only the parties answer

    const first = await call(DEMO.resident, 'POST', `/schedules/${schedule.id}/answer`, { answer: 'confirmed' })
    expect(first.json().status).toBe('proposed')
    expect((await call(DEMO.resident, 'GET', '/schedules/pending')).json().items).toEqual([])
    const second = await call(DEMO.resident2, 'POST', `/schedules/${schedule.id}/answer`, { answer: 'confirmed' })
    expect(second.json().status).toBe('confirmed')

    const history = await call(DEMO.resident2, 'GET', `/rooms/${fixture.jointRoomId}/messages?afterSeq=0&limit=200`)
    const events = history.json().items.filter((m: { kind: string }) => m.kind === 'system')
    expect(events.map((m: { event: string }) => m.event)).toEqual([
      'schedule_proposed',
      'schedule_answered',
      'schedule_answered',
    ])
    expect(events[2].data).toMatchObject({ scheduleId: schedule.id, status: 'confirmed' })
    const audited = await app.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', schedule.id)
      .orderBy('seq')
      .execute()
    expect(audited.map((a) => a.action)).toEqual([
      'session.schedule_propose',
      'session.schedule_answer',
      'session.schedule_answer',
    ])
  })

  it('stores the place (blank: the online room), audits it, rejects one over 100 characters', async () => {
    const place = '九龙坡区杨家坪街道调委会调解室'
    const inPerson = await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
      startsAt: tomorrow(),
      durationMinutes: 60,
      place: `  ${place} `,
    })
    expect(inPerson.statusCode).toBe(200)
    expect(inPerson.json()).toMatchObject({ place, note: '' })
    const listed = await call(DEMO.resident, 'GET', `/cases/${fixture.caseId}/schedules`)
    expect(listed.json().items.find((s: { id: string }) => s.id === inPerson.json().id).place).toBe(place)
    const audit = await app.database.db
      .selectFrom('audit_log')
      .select('data')
      .where('entity_id', '=', inPerson.json().id)
      .where('action', '=', 'session.schedule_propose')
      .executeTakeFirstOrThrow()
    const data = typeof audit.data === 'string' ? JSON.parse(audit.data) : audit.data
    expect(data).toMatchObject({ place })

    const blank = await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
      startsAt: tomorrow(),
      durationMinutes: 60,
      place: '   ',
    })
    expect(blank.json().place).toBeNull()

    const tooLong = await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
      startsAt: tomorrow(),
      durationMinutes: 60,
      place: '调'.repeat(101),
    })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'place', message: '内容太长' }],
    })
    expect(tooLong.json().message).toMatch(/内容太长/)
  })

  it('names each answer as on the case, with the party role', async () => {
    const proposed = await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
      startsAt: tomorrow(),
      durationMinutes: 60,
    })
    const people = proposed
      .json()
      .answers.map((a: { userId: string; name: string; role: string }) => [a.userId, a.name, a.role])
    expect(people).toEqual(
      expect.arrayContaining([
        [fixture.users.applicant, '王秀英', 'applicant'],
        [fixture.users.respondent, '李四', 'respondent'],
      ]),
    )
    expect(people).toHaveLength(2)
    const pending = await call(DEMO.resident2, 'GET', '/schedules/pending')
    const mine = pending.json().items.find((s: { id: string }) => s.id === proposed.json().id)
    expect(mine.answers).toContainEqual(
      expect.objectContaining({ userId: fixture.users.respondent, name: '李四', role: 'respondent' }),
    )
  })

  it('names one no longer a party by account name, without a role', async () => {
    const proposed = (
      await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
        startsAt: tomorrow(),
        durationMinutes: 60,
      })
    ).json()
    const db = app.database.db
    const rebind = (from: string, to: string) =>
      db
        .updateTable('case_parties')
        .set({ user_id: to })
        .where('case_id', '=', fixture.caseId)
        .where('user_id', '=', from)
        .execute()
    // The respondent's place on the case passes to another account (e.g. a re-sent invitation).
    await rebind(fixture.users.respondent, fixture.users.outsider)
    try {
      const account = await db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', fixture.users.respondent)
        .executeTakeFirstOrThrow()
      const list = (await call(DEMO.mediator, 'GET', `/cases/${fixture.caseId}/schedules`)).json()
      const answers = list.items.find((s: { id: string }) => s.id === proposed.id).answers
      expect(answers).toContainEqual(
        expect.objectContaining({ userId: fixture.users.respondent, name: account.display_name, role: null }),
      )
      expect(answers).toContainEqual(
        expect.objectContaining({ userId: fixture.users.applicant, name: '王秀英', role: 'applicant' }),
      )
    } finally {
      await rebind(fixture.users.outsider, fixture.users.respondent)
    }
  })

  it('is declined when a party declines, and cannot be answered once the time has passed', async () => {
    const schedule = (
      await call(DEMO.mediator, 'POST', `/cases/${fixture.caseId}/schedules`, {
        startsAt: tomorrow(),
        durationMinutes: 60,
      })
    ).json()
    const declined = await call(DEMO.resident2, 'POST', `/schedules/${schedule.id}/answer`, {
      answer: 'declined',
      comment: '那天要上班',
    })
    expect(declined.json().status).toBe('declined')
    expect(declined.json().answers).toContainEqual(
      expect.objectContaining({ userId: fixture.users.respondent, answer: 'declined', comment: '那天要上班' }),
    )
    shared.clock.advance(2 * 86_400)
    const late = await call(DEMO.resident, 'POST', `/schedules/${schedule.id}/answer`, { answer: 'confirmed' })
    expect(late.statusCode).toBe(409)
    expect(late.json().code).toBe('SCHEDULE_PASSED')
    const list = await call(DEMO.committeeAdmin, 'GET', `/cases/${fixture.caseId}/schedules`)
    expect(list.json().items).toHaveLength(6)
  })
})
