import type { FactItem, FactSheet } from '@contract/fact-sheet'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { acceptAndAssign, auditActions, get, post, referredAndClaimed } from '../referrals/referral-fixtures'

describe('the fact sheet', () => {
  let t: TestApp
  let caseId: string
  beforeEach(async () => {
    t = await buildTestApp()
    caseId = await referredAndClaimed(t)
  })
  afterEach(async () => {
    await t.close()
  })

  const sheet = async (phone: string = DEMO.resident) =>
    (await get(t, phone, `/api/v1/cases/${caseId}/fact-sheet`)).json() as FactSheet
  const addFact = (phone: string, key: string, statement: string) =>
    post(t, phone, `/api/v1/cases/${caseId}/fact-sheet/facts`, { key, statement })
  const mark = async (phone: string, factId: string, body: object) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/cases/${caseId}/fact-sheet/facts/${factId}/mark`,
      headers: await t.authHeader(phone),
      payload: body,
    })

  it("starts with the officer's account, waiting for both parties", async () => {
    const { items, summary } = await sheet()
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ key: 'police_account', statedBy: 'police', status: 'pending' })
    expect(summary).toEqual({ agreed: 0, disputed: 0, pending: 1 })
  })

  it('shows each fact once: the same statement from the other side is their agreement', async () => {
    const added = await addFact(DEMO.resident, 'wage_owed', '公司拖欠王秀英2026年8月至10月工资共计15000元。')
    expect(added.statusCode).toBe(201)
    expect((added.json() as FactItem).status).toBe('pending')
    const same = await addFact(DEMO.resident2, 'unpaid_wages', '公司拖欠王秀英2026年8月至10月工资共计15000元')
    expect(same.statusCode).toBe(200)
    expect(same.json()).toMatchObject({
      id: added.json().id,
      status: 'agreed',
      marks: { respondent: { mark: 'agree' } },
    })
    const { items } = await sheet()
    expect(items.filter((i) => i.statement.startsWith('公司拖欠'))).toHaveLength(1)
  })

  it('refuses a second version of a fact the other side stated; the owner may reword it', async () => {
    const added = (await addFact(DEMO.resident, 'wage_owed', '拖欠工资15000元')).json() as FactItem
    const other = await addFact(DEMO.resident2, 'wage_owed', '只欠10000元')
    expect(other.statusCode).toBe(409)
    expect(other.json().code).toBe('FACT_KEY_TAKEN')
    await mark(DEMO.resident2, added.id, { mark: 'agree' })
    const reworded = await addFact(DEMO.resident, 'wage_owed', '拖欠工资16000元')
    expect(reworded.statusCode).toBe(200)
    // The agreement was to the old wording, so it is cleared.
    expect(reworded.json()).toMatchObject({
      statement: '拖欠工资16000元',
      status: 'pending',
      marks: { respondent: null },
    })
  })

  it('shows agreed and disputed points at a glance for the mediator', async () => {
    const police = (await sheet()).items[0]
    const wage = (await addFact(DEMO.resident, 'wage_owed', '拖欠工资15000元')).json() as FactItem
    const noComment = await mark(DEMO.resident2, wage.id, { mark: 'dispute' })
    expect(noComment.json()).toMatchObject({ code: 'FACT_DISPUTE_COMMENT_REQUIRED', details: [{ field: 'comment' }] })
    const disputed = await mark(DEMO.resident2, wage.id, { mark: 'dispute', comment: '10月已付5000元' })
    expect(disputed.json()).toMatchObject({
      status: 'disputed',
      marks: { respondent: { mark: 'dispute', comment: '10月已付5000元' } },
    })
    await mark(DEMO.resident, police.id, { mark: 'agree' })
    await mark(DEMO.resident2, police.id, { mark: 'agree', comment: '属实' })

    await acceptAndAssign(t, caseId)
    const view = await sheet(DEMO.mediator)
    expect(view.summary).toEqual({ agreed: 1, disputed: 1, pending: 0 })
    expect(view.items.find((i) => i.id === police.id)!.status).toBe('agreed')
    expect(await auditActions(t, caseId)).toEqual(expect.arrayContaining(['fact_sheet.add', 'fact_sheet.mark']))
  })

  it("does not let a party mark their own statement or another case's fact", async () => {
    const wage = (await addFact(DEMO.resident, 'wage_owed', '拖欠工资15000元')).json() as FactItem
    const own = await mark(DEMO.resident, wage.id, { mark: 'agree' })
    expect(own.json().code).toBe('FACT_OWN_STATEMENT')
    const missing = await mark(DEMO.resident2, 'not-a-fact', { mark: 'agree' })
    expect(missing.statusCode).toBe(404)
  })

  it('is read by parties, mediators and the committee admin; written by parties only', async () => {
    await acceptAndAssign(t, caseId)
    for (const phone of [DEMO.resident, DEMO.resident2, DEMO.mediator, DEMO.committeeAdmin]) {
      expect((await get(t, phone, `/api/v1/cases/${caseId}/fact-sheet`)).statusCode).toBe(200)
    }
    const officer = await get(t, DEMO.police, `/api/v1/cases/${caseId}/fact-sheet`)
    expect(officer.statusCode).toBe(403)
    for (const phone of [DEMO.courtClerk, DEMO.sysAdmin, DEMO.mediatorAdmin]) {
      expect((await get(t, phone, `/api/v1/cases/${caseId}/fact-sheet`)).statusCode).toBe(404)
    }
    for (const phone of [DEMO.mediator, DEMO.committeeAdmin, DEMO.police]) {
      expect((await addFact(phone, 'x', '陈述')).json().code).toBe('PARTY_ONLY')
    }
    const badKey = await addFact(DEMO.resident, 'Bad Key', '陈述')
    expect(badKey.json()).toMatchObject({ code: 'VALIDATION_FAILED' })
  })

  it('is frozen once the case has ended', async () => {
    await post(t, DEMO.resident2, `/api/v1/cases/${caseId}/respondent-answer`, {
      answer: 'decline',
      reason: '不愿调解',
    })
    const res = await addFact(DEMO.resident, 'wage_owed', '拖欠工资15000元')
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('CASE_STATE_INVALID')
  })
})
