import type { CaseProgress, MediatorCandidate } from '@contract/assignment'
import { insertCase } from '../../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import {
  addStaff,
  auditActions,
  get,
  post,
  referredAndClaimed,
  STREET_COMMITTEE,
  userIdOf,
} from '../referrals/referral-fixtures'

describe('mediator assignment', () => {
  let t: TestApp
  let caseId: string
  beforeEach(async () => {
    t = await buildTestApp()
    caseId = await referredAndClaimed(t)
  })
  afterEach(async () => {
    await t.close()
  })

  const accept = () => post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
  const assign = (body: object) => post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/mediators`, body)
  const progress = async (phone: string = DEMO.resident) =>
    (await get(t, phone, `/api/v1/cases/${caseId}/progress`)).json() as CaseProgress

  /** Busy labour mediator, idle labour mediator, idle generalist; the demo 刘芳 (labour) gets two cases. */
  async function staffCommittee() {
    const busy = await userIdOf(t, DEMO.mediator)
    for (let i = 0; i < 2; i++) {
      await insertCase(t.database, {
        applicantPhone: DEMO.resident,
        committeeName: STREET_COMMITTEE,
        status: 'in_mediation',
        staffPhones: [DEMO.mediator],
      })
    }
    const idleLabour = await addStaff(t, {
      phone: '13900000051',
      name: '陈静',
      roles: ['mediator'],
      organisation: STREET_COMMITTEE,
      specialities: ['labour'],
    })
    const generalist = await addStaff(t, {
      phone: '13900000052',
      name: '黄伟',
      roles: ['mediator'],
      organisation: STREET_COMMITTEE,
    })
    return { busy, idleLabour, generalist }
  }

  it('needs the case accepted first', async () => {
    const res = await assign({ mediatorUserId: await userIdOf(t, DEMO.mediator) })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('CASE_NOT_ACCEPTED')
  })

  it('auto-assign picks the least-loaded mediator with the speciality', async () => {
    const { busy, idleLabour, generalist } = await staffCommittee()
    await accept()
    const ranked = (await get(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/mediator-candidates`)).json()
      .items as MediatorCandidate[]
    expect(ranked.map((c) => c.userId)).toEqual([idleLabour, busy, generalist])
    expect(ranked.find((c) => c.userId === busy)!.activeCases).toBe(2)
    const res = await assign({ auto: true })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ mediatorUserId: idleLabour, method: 'auto' })
    // The next auto pick skips the one already on the case.
    expect((await assign({ auto: true })).json().mediatorUserId).toBe(busy)
    expect(await auditActions(t, caseId)).toContain('case.assign_mediator')
  })

  it('prefers a mediator serving the area when speciality and load tie', async () => {
    const { generalist } = await staffCommittee()
    const second = await addStaff(t, {
      phone: '13900000053',
      name: '杨帆',
      roles: ['mediator'],
      organisation: STREET_COMMITTEE,
      specialities: ['labour'],
    })
    const areas = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/assignment/mediators/${second}/areas`,
      headers: await t.authHeader(DEMO.committeeAdmin),
      payload: { regionCodes: ['500107001'] },
    })
    expect(areas.statusCode).toBe(200)
    await accept()
    expect((await assign({ auto: true })).json().mediatorUserId).toBe(second)
    const unknown = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/assignment/mediators/${generalist}/areas`,
      headers: await t.authHeader(DEMO.committeeAdmin),
      payload: { regionCodes: ['999'] },
    })
    expect(unknown.json()).toMatchObject({ code: 'REGION_UNKNOWN', details: [{ field: 'regionCodes' }] })
  })

  it('assigns only mediators of the committee, each once, and not both a name and auto', async () => {
    await accept()
    const outsider = await userIdOf(t, DEMO.mediatorAdmin)
    const res = await assign({ mediatorUserId: outsider })
    expect(res.json()).toMatchObject({ code: 'MEDIATOR_NOT_IN_COMMITTEE', details: [{ field: 'mediatorUserId' }] })
    const both = await assign({ mediatorUserId: outsider, auto: true })
    expect(both.json().code).toBe('ASSIGN_TARGET_REQUIRED')
    const liu = await userIdOf(t, DEMO.mediator)
    expect((await assign({ mediatorUserId: liu })).statusCode).toBe(201)
    expect((await assign({ mediatorUserId: liu })).json().code).toBe('MEDIATOR_ALREADY_ASSIGNED')
    expect((await post(t, DEMO.mediator, `/api/v1/cases/${caseId}/mediators`, { auto: true })).statusCode).toBe(403)
  })

  it('honours a named mediator a party asks for (PML 19) when the committee accepts', async () => {
    const { generalist } = await staffCommittee()
    const options = (await get(t, DEMO.resident, `/api/v1/cases/${caseId}/mediator-options`)).json().items
    expect(options.map((o: { userId: string }) => o.userId)).toContain(generalist)
    const asked = await post(t, DEMO.resident2, `/api/v1/cases/${caseId}/mediator-requests`, {
      mediatorUserId: generalist,
    })
    expect(asked.json()).toMatchObject({ status: 'open' })
    await accept()
    const view = await progress()
    expect(view.mediators).toEqual([
      expect.objectContaining({ mediatorUserId: generalist, method: 'party_request', status: 'pending' }),
    ])
    expect(await auditActions(t, caseId)).toEqual(
      expect.arrayContaining(['case.mediator_request', 'case.assign_mediator']),
    )
  })

  it('records but cannot honour a mediator from another committee; after acceptance honours at once', async () => {
    const outsider = await userIdOf(t, DEMO.mediatorAdmin)
    const res = await post(t, DEMO.resident, `/api/v1/cases/${caseId}/mediator-requests`, { mediatorUserId: outsider })
    expect(res.json()).toMatchObject({ status: 'not_available' })
    expect(res.json().message).toContain('不属于')
    await accept()
    expect((await progress()).mediators).toEqual([])
    const liu = await userIdOf(t, DEMO.mediator)
    const now = await post(t, DEMO.resident, `/api/v1/cases/${caseId}/mediator-requests`, { mediatorUserId: liu })
    expect(now.json()).toMatchObject({ status: 'honoured' })
    expect((await progress()).mediators.map((m) => [m.mediatorUserId, m.method])).toEqual([[liu, 'party_request']])
    for (const phone of [DEMO.police, DEMO.committeeAdmin]) {
      const denied = await post(t, phone, `/api/v1/cases/${caseId}/mediator-requests`, { mediatorUserId: liu })
      expect(denied.json().code).toBe('PARTY_ONLY')
    }
  })

  it('the mediator accepts: mediation starts and the parties are told who mediates', async () => {
    await accept()
    await assign({ mediatorUserId: await userIdOf(t, DEMO.mediator) })
    const res = await post(t, DEMO.mediator, `/api/v1/cases/${caseId}/mediator-answer`, { conflictOfInterest: false })
    expect(res.json()).toEqual({ status: 'accepted' })
    expect((await progress()).status).toBe('in_mediation')
    for (const phone of [DEMO.resident, DEMO.resident2]) {
      const notes = (await get(t, phone, '/api/v1/notifications')).json().items
      const told = notes.find((n: { kind: string; title: string }) => n.kind === 'mediator_assigned')
      expect(told.body).toContain('刘芳')
    }
    const twice = await post(t, DEMO.mediator, `/api/v1/cases/${caseId}/mediator-answer`, { conflictOfInterest: false })
    expect(twice.statusCode).toBe(404)
  })

  it('a declared conflict (OMR 13) withdraws the mediator and asks the committee to reassign', async () => {
    await accept()
    const liu = await userIdOf(t, DEMO.mediator)
    await assign({ mediatorUserId: liu })
    const url = `/api/v1/cases/${caseId}/mediator-answer`
    const noNote = await post(t, DEMO.mediator, url, { conflictOfInterest: true })
    expect(noNote.json()).toMatchObject({ code: 'CONFLICT_NOTE_REQUIRED', details: [{ field: 'note' }] })
    const res = await post(t, DEMO.mediator, url, { conflictOfInterest: true, note: '被申请人系本人表兄' })
    expect(res.json()).toEqual({ status: 'conflict' })
    expect((await get(t, DEMO.mediator, `/api/v1/cases/${caseId}`)).statusCode).toBe(404)
    const admin = await progress(DEMO.committeeAdmin)
    expect(admin.mediators[0]).toMatchObject({ status: 'conflict', conflictNote: '被申请人系本人表兄' })
    expect((await progress(DEMO.resident)).mediators[0].conflictNote).toBeNull()
    const kinds = (await get(t, DEMO.committeeAdmin, '/api/v1/notifications'))
      .json()
      .items.map((n: { kind: string }) => n.kind)
    expect(kinds).toContain('reassignment_needed')
    expect((await assign({ mediatorUserId: liu })).json().code).toBe('MEDIATOR_CONFLICT_DECLARED')
    expect((await assign({ auto: true })).json().code).toBe('NO_MEDIATOR_AVAILABLE')
    expect(await auditActions(t, caseId)).toContain('case.mediator_conflict')
  })

  it('an answer is only for the assigned mediator', async () => {
    await accept()
    const res = await post(t, DEMO.mediatorAdmin, `/api/v1/cases/${caseId}/mediator-answer`, {
      conflictOfInterest: false,
    })
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('ASSIGNMENT_NOT_FOUND')
  })
})
