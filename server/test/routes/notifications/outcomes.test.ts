import type { NotificationList, ReferralList } from '@contract/referrals'
import { insertCase } from '../../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import {
  acceptAndAssign,
  auditActions,
  get,
  post,
  referredAndClaimed,
  STREET_COMMITTEE,
} from '../referrals/referral-fixtures'

describe('notifications and the officer told of the outcome', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  const officerNotes = async () => (await get(t, DEMO.police, '/api/v1/notifications')).json() as NotificationList
  const outcome = (phone: string, caseId: string, value: string) =>
    post(t, phone, `/api/v1/cases/${caseId}/outcome`, { outcome: value })

  it('tells the officer of an agreement, then of its performance with the art 186 waiver note', async () => {
    const caseId = await referredAndClaimed(t)
    await acceptAndAssign(t, caseId)
    expect((await outcome(DEMO.mediator, caseId, 'performed')).json().code).toBe('CASE_STATE_INVALID')
    expect((await outcome(DEMO.mediator, caseId, 'agreement')).statusCode).toBe(200)
    let notes = (await officerNotes()).items.filter((n) => n.kind === 'referral_outcome')
    expect(notes).toHaveLength(1)
    expect(notes[0].body).toContain('J500107202611260001')
    expect(notes[0].body).not.toContain('一百八十六')

    expect((await outcome(DEMO.committeeAdmin, caseId, 'performed')).statusCode).toBe(200)
    notes = (await officerNotes()).items.filter((n) => n.kind === 'referral_outcome')
    expect(notes).toHaveLength(2)
    const performed = notes.find((n) => n.title.includes('履行'))!
    expect(performed.body).toContain('第一百八十六条')
    expect(performed.body).toContain('共同书面申请')
    expect(performed.caseId).toBe(caseId)

    const list = (await get(t, DEMO.police, '/api/v1/referrals')).json() as ReferralList
    expect(list.items[0]).toMatchObject({ status: 'closed', outcome: 'performed' })
    expect(await auditActions(t, caseId)).toContain('case.outcome')
  })

  it('tells the officer of a failure', async () => {
    const caseId = await referredAndClaimed(t)
    await acceptAndAssign(t, caseId)
    await outcome(DEMO.mediator, caseId, 'failed')
    const note = (await officerNotes()).items.find((n) => n.kind === 'referral_outcome')!
    expect(note.title).toContain('调解不成')
  })

  it('writes no police notice for a case the police did not refer', async () => {
    const caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      committeeName: STREET_COMMITTEE,
      status: 'in_mediation',
      staffPhones: [DEMO.mediator],
    })
    expect((await outcome(DEMO.mediator, caseId, 'failed')).statusCode).toBe(200)
    expect((await officerNotes()).total).toBe(0)
  })

  it('lets only the mediator or the committee admin record the outcome', async () => {
    const caseId = await referredAndClaimed(t)
    await acceptAndAssign(t, caseId)
    for (const phone of [DEMO.resident, DEMO.resident2, DEMO.police]) {
      expect((await outcome(phone, caseId, 'agreement')).json().code).toBe('MEDIATOR_OR_ADMIN_ONLY')
    }
    expect((await outcome(DEMO.courtClerk, caseId, 'agreement')).statusCode).toBe(404)
  })

  it('lists newest first with an unread count; marks one or all read; never another user’s', async () => {
    const caseId = await referredAndClaimed(t)
    await acceptAndAssign(t, caseId)
    const before = (await get(t, DEMO.resident, '/api/v1/notifications')).json() as NotificationList
    expect(before.unread).toBe(before.total)
    expect(before.total).toBeGreaterThanOrEqual(2)
    const first = before.items[0]
    expect(first.kind).toBe('mediator_assigned')

    const foreign = await post(t, DEMO.resident2, `/api/v1/notifications/${first.id}/read`)
    expect(foreign.statusCode).toBe(404)
    expect((await post(t, DEMO.resident, `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(200)
    const after = (await get(t, DEMO.resident, '/api/v1/notifications')).json() as NotificationList
    expect(after.unread).toBe(before.unread - 1)
    expect(after.items.find((n) => n.id === first.id)!.readAt).not.toBeNull()
    const unreadOnly = (await get(t, DEMO.resident, '/api/v1/notifications?unreadOnly=true')).json() as NotificationList
    expect(unreadOnly.items.map((n) => n.id)).not.toContain(first.id)

    const all = await post(t, DEMO.resident, '/api/v1/notifications/read-all')
    expect(all.json().updated).toBe(after.unread)
    expect(((await get(t, DEMO.resident, '/api/v1/notifications')).json() as NotificationList).unread).toBe(0)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401)
  })
})
