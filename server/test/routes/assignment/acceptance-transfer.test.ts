import type { CaseProgress, CommitteeCaseList } from '@contract/assignment'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import {
  auditActions,
  get,
  LABOUR_COMMITTEE,
  organisationId,
  post,
  referredAndClaimed,
} from '../referrals/referral-fixtures'

describe('committee acceptance, transfer and deadlines', () => {
  let t: TestApp
  let caseId: string
  beforeEach(async () => {
    t = await buildTestApp()
    caseId = await referredAndClaimed(t)
  })
  afterEach(async () => {
    await t.close()
  })

  const incoming = async (phone: string, view = 'incoming') =>
    (await get(t, phone, `/api/v1/assignment/cases?view=${view}`)).json() as CommitteeCaseList
  const progress = async (phone: string = DEMO.resident) =>
    (await get(t, phone, `/api/v1/cases/${caseId}/progress`)).json() as CaseProgress

  it("lists incoming cases for the admin's own committee only", async () => {
    expect((await incoming(DEMO.committeeAdmin)).items.map((i) => i.caseId)).toEqual([caseId])
    expect((await incoming(DEMO.mediatorAdmin)).items).toEqual([])
    for (const phone of [DEMO.mediator, DEMO.police, DEMO.resident]) {
      expect((await get(t, phone, '/api/v1/assignment/cases')).statusCode).toBe(403)
    }
  })

  it('accepts a labour case with the 15-day period of 劳动争议调解仲裁法 14', async () => {
    const res = await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
    expect(res.statusCode).toBe(200)
    const view = await progress()
    expect(view.status).toBe('accepted')
    expect(view.acceptedAt).toBe(t.clock.now().toISOString())
    expect(view.deadline).toMatchObject({ days: 15, overdue: false, daysLeft: 15, configurable: false })
    expect(view.deadline!.basis).toContain('劳动争议调解仲裁法第十四条')
    expect(new Date(view.deadline!.dueAt).getTime() - t.clock.now().getTime()).toBe(15 * 86_400_000)
    expect(await auditActions(t, caseId)).toContain('case.accept')
    const again = await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
    expect(again.json().code).toBe('CASE_STATE_INVALID')
    // The parties hear that the case was accepted.
    const kinds = (await get(t, DEMO.resident2, '/api/v1/notifications'))
      .json()
      .items.map((n: { kind: string }) => n.kind)
    expect(kinds).toContain('case_accepted')
  })

  it('flags the case overdue on the case and in the committee list once the period passes', async () => {
    await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
    t.clock.advance(14 * 86_400)
    expect((await progress()).deadline).toMatchObject({ overdue: false, daysLeft: 1 })
    expect((await incoming(DEMO.committeeAdmin, 'overdue')).items).toEqual([])
    t.clock.advance(86_400 + 1)
    expect((await progress()).deadline).toMatchObject({ overdue: true, daysLeft: -1 })
    const overdue = await incoming(DEMO.committeeAdmin, 'overdue')
    expect(overdue.items.map((i) => [i.caseId, i.deadline?.overdue])).toEqual([[caseId, true]])
    // An ended case is never overdue.
    await t.database.db.updateTable('cases').set({ status: 'failed' }).where('id', '=', caseId).execute()
    expect((await progress()).deadline!.overdue).toBe(false)
  })

  it('transfers with a reason: the new committee sees it, the old one loses it, the acceptance restarts', async () => {
    await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
    const labour = await organisationId(t, LABOUR_COMMITTEE)
    const noReason = await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/transfer`, {
      committeeId: labour,
      reason: ' ',
    })
    expect(noReason.statusCode).toBe(400)
    const res = await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/transfer`, {
      committeeId: labour,
      reason: '欠薪纠纷由劳动争议专业调委会调解',
    })
    expect(res.statusCode).toBe(200)
    expect((await incoming(DEMO.mediatorAdmin)).items.map((i) => i.caseId)).toEqual([caseId])
    expect((await get(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/progress`)).statusCode).toBe(404)
    const view = await progress()
    expect(view).toMatchObject({ status: 'pending_acceptance', acceptedAt: null, deadline: null })
    expect(view.committee?.name).toBe(LABOUR_COMMITTEE)
    const row = await t.database.db
      .selectFrom('case_transfers')
      .selectAll()
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow()
    expect(row.reason).toBe('欠薪纠纷由劳动争议专业调委会调解')
    expect(await auditActions(t, caseId)).toContain('case.transfer')
    const notified = (await get(t, DEMO.police, '/api/v1/notifications'))
      .json()
      .items.map((n: { kind: string }) => n.kind)
    expect(notified).toContain('case_transferred')
  })

  it('rejects a transfer to itself, to a non-committee, or of a case it does not hold', async () => {
    const own = await organisationId(t, '九龙坡区杨家坪街道人民调解委员会')
    const same = await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/transfer`, {
      committeeId: own,
      reason: '测试移交',
    })
    expect(same.json()).toMatchObject({ code: 'TRANSFER_SAME_COMMITTEE', details: [{ field: 'committeeId' }] })
    const court = await organisationId(t, '重庆市九龙坡区人民法院')
    const toCourt = await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/transfer`, {
      committeeId: court,
      reason: '测试移交',
    })
    expect(toCourt.json().code).toBe('COMMITTEE_INVALID')
    const foreign = await post(t, DEMO.mediatorAdmin, `/api/v1/cases/${caseId}/transfer`, {
      committeeId: own,
      reason: '测试移交',
    })
    expect(foreign.statusCode).toBe(404)
    expect((await post(t, DEMO.mediatorAdmin, `/api/v1/cases/${caseId}/accept`)).statusCode).toBe(404)
  })
})

describe('deadline settings', () => {
  it('counts the labour period from the day the committee received the application (the default)', async () => {
    const t = await buildTestApp()
    try {
      const filedAt = t.clock.now()
      const caseId = await referredAndClaimed(t)
      t.clock.advance(3 * 86_400)
      await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
      const view = (await get(t, DEMO.resident, `/api/v1/cases/${caseId}/progress`)).json() as CaseProgress
      expect(new Date(view.deadline!.dueAt).getTime() - filedAt.getTime()).toBe(15 * 86_400_000)
      expect(view.deadline).toMatchObject({ days: 15, daysLeft: 12 })
      expect(view.deadline!.basis).toContain('收到调解申请之日起')
    } finally {
      await t.close()
    }
  })

  it('uses the configurable general period (default 30 days) for other types, marked configurable', async () => {
    const t = await buildTestApp()
    try {
      const caseId = await referredAndClaimed(t, { disputeType: 'neighbor', incidentNumber: 'J500107202611269001' })
      await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
      const view = (await get(t, DEMO.resident, `/api/v1/cases/${caseId}/progress`)).json() as CaseProgress
      expect(view.deadline).toMatchObject({ days: 30, configurable: true })
      expect(view.deadline!.basis).toContain('可配置')
    } finally {
      await t.close()
    }
  })

  it('can count the labour period from acceptance instead (LABOUR_DEADLINE_FROM=accepted)', async () => {
    const t = await buildTestApp({ env: { LABOUR_DEADLINE_FROM: 'accepted' } })
    try {
      const caseId = await referredAndClaimed(t)
      t.clock.advance(3 * 86_400)
      const acceptedAt = t.clock.now()
      await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
      const view = (await get(t, DEMO.resident, `/api/v1/cases/${caseId}/progress`)).json() as CaseProgress
      expect(new Date(view.deadline!.dueAt).getTime() - acceptedAt.getTime()).toBe(15 * 86_400_000)
      expect(view.deadline).toMatchObject({ days: 15, daysLeft: 15 })
      expect(view.deadline!.basis).toContain('自受理之日起')
    } finally {
      await t.close()
    }
  })

  it('honours MEDIATION_GENERAL_DEADLINE_DAYS', async () => {
    const t = await buildTestApp({ env: { MEDIATION_GENERAL_DEADLINE_DAYS: '20' } })
    try {
      const caseId = await referredAndClaimed(t, { disputeType: 'house_rental', incidentNumber: 'J500107202611269002' })
      await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`)
      const view = (await get(t, DEMO.resident, `/api/v1/cases/${caseId}/progress`)).json() as CaseProgress
      expect(view.deadline!.days).toBe(20)
    } finally {
      await t.close()
    }
  })
})
