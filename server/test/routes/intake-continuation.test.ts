import type { ContinueResponse, IntakeSession } from '@contract/intake'
import type { FactSheet } from '@contract/fact-sheet'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'
import { auditActions, claim, get, refer } from './referrals/referral-fixtures'

type Json = Record<string, any>

/** Plain answers for whatever the robot asks next, so a conversation can run to the end. */
function answerFor(question: Json): Json {
  switch (question.kind) {
    case 'money':
      return { value: 5000 }
    case 'date':
      return { value: '2026-06-01' }
    case 'date_range':
      return { value: '2026-06/2026-11' }
    case 'duration':
      return { value: 'P3M' }
    case 'party':
      return { value: { name: '李建国', kind: 'person' } }
    case 'choice':
      return { value: question.choices[0].value }
    case 'evidence':
      return { value: ['微信聊天记录'] }
    default:
      return { text: question.slot === 'location' ? '九龙坡区杨家坪街道团结路社区' : '希望尽快解决' }
  }
}

describe('intake continuing an existing case', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  const post = async (phone: string, url: string, payload: Json = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1/intake${url}`, payload, headers: await t.authHeader(phone) })

  async function finish(phone: string, session: Json): Promise<Json> {
    let current = session
    for (let i = 0; i < 40 && current.question; i++) {
      const res = await post(phone, `/sessions/${current.id}/answers`, answerFor(current.question))
      expect(res.statusCode).toBe(200)
      current = res.json()
    }
    expect(current.question).toBeNull()
    return current
  }

  /** A police referral whose sides are claimed by the given phones. */
  async function referredCase(claimers: Array<'applicant' | 'respondent'>) {
    const created = await refer(t)
    for (const role of claimers) {
      const link = created.links.find((l) => l.partyRole === role)!
      const res = await claim(t, link.token, role === 'applicant' ? DEMO.resident : DEMO.resident2)
      expect(res.statusCode).toBe(200)
    }
    return created.referral.caseId
  }

  const factSheet = async (phone: string, caseId: string) =>
    (await get(t, phone, `/api/v1/cases/${caseId}/fact-sheet`)).json() as FactSheet

  it('lets the applicant of a police referral continue with the officer’s facts and adds to that case', async () => {
    const caseId = await referredCase(['applicant'])
    const created = await post(DEMO.resident, '/sessions', { caseId })
    expect(created.statusCode).toBe(201)
    const session = created.json() as IntakeSession
    expect(session.binding).toEqual({ caseId, role: 'applicant' })
    expect(session).toMatchObject({ disputeType: 'wage_arrears', typeConfirmed: true, caseId })
    // Pre-filled from the officer's account and the case: the amount and the respondent are not asked again.
    const fact = (key: string) => session.facts.find((f) => f.key === key)
    expect(fact('owed_amount')?.value).toBe(15000)
    expect(fact('respondent')?.value).toEqual({ name: '李建国', kind: 'person' })
    expect(session.narrative).toContain('王秀英到某装修公司讨要三个月工资')

    const done = await finish(DEMO.resident, session)
    const res = await post(DEMO.resident, `/sessions/${done.id}/submit`)
    expect(res.statusCode).toBe(200)
    const result = res.json() as ContinueResponse
    expect(result.case).toMatchObject({ id: caseId, myRole: 'applicant' })
    expect(result.facts.stated).toBeGreaterThan(0)

    // No second case: the resident still has exactly the referred one, now with their facts.
    const mine = (await get(t, DEMO.resident, '/api/v1/cases')).json()
    expect(mine.items.map((c: Json) => c.id)).toEqual([caseId])
    const row = await t.database.db
      .selectFrom('cases')
      .select('facts')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow()
    const facts = JSON.parse(row.facts)
    expect(facts.referral).toBeDefined()
    expect(facts.slots.owed_amount.value).toBe(15000)
    expect(facts.statements.applicant.intakeSessionId).toBe(done.id)
    const sheet = await factSheet(DEMO.resident, caseId)
    const owed = sheet.items.find((i) => i.key === 'owed_amount')
    expect(owed).toMatchObject({ statedBy: 'applicant', statement: '被拖欠金额：15,000元（1.5万元）' })
    expect(await auditActions(t, caseId)).toContain('intake.continue')
    // Submitted once; the session is closed.
    const again = await post(DEMO.resident, `/sessions/${done.id}/submit`)
    expect(again.statusCode).toBe(409)
  })

  it('records the respondent’s side: same facts agree, different ones are marked disputed for the mediator', async () => {
    const caseId = await referredCase(['applicant', 'respondent'])
    const applicant = await finish(DEMO.resident, (await post(DEMO.resident, '/sessions', { caseId })).json())
    expect((await post(DEMO.resident, `/sessions/${applicant.id}/submit`)).statusCode).toBe(200)

    const mediator = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('phone', '=', DEMO.mediator)
      .executeTakeFirstOrThrow()
    await t.database.db
      .insertInto('case_staff')
      .values({ case_id: caseId, user_id: mediator.id, role: 'mediator', created_at: t.clock.now().toISOString() })
      .execute()
    const started = await post(DEMO.resident2, '/sessions', {
      caseId,
      narrative: '王秀英在我这里做过装修，工钱我承认没结清，但没有她说的那么多。',
    })
    expect(started.statusCode).toBe(201)
    expect(started.json().binding).toEqual({ caseId, role: 'respondent' })
    // Asked about the applicant, not as if they were the applicant.
    expect(started.json().question.text).not.toContain('您工资')
    expect(started.json().question.text).toContain('申请人')
    // The respondent states a different amount.
    const edited = await post(DEMO.resident2, `/sessions/${started.json().id}/answers`, {
      slot: 'owed_amount',
      text: '欠的是1万',
    })
    expect(edited.statusCode).toBe(200)
    const done = await finish(DEMO.resident2, edited.json())
    const res = await post(DEMO.resident2, `/sessions/${done.id}/submit`)
    expect(res.statusCode).toBe(200)
    const result = res.json() as ContinueResponse
    expect(result.role).toBe('respondent')
    expect(result.facts.disputed).toBeGreaterThanOrEqual(1)
    expect(result.facts.agreed).toBeGreaterThanOrEqual(1)

    const sheet = await factSheet(DEMO.resident2, caseId)
    const owed = sheet.items.find((i) => i.key === 'owed_amount')!
    expect(owed.status).toBe('disputed')
    expect(owed.marks.respondent).toMatchObject({ mark: 'dispute', comment: '我方陈述：10,000元（1万元）' })
    const location = sheet.items.find((i) => i.key === 'location')!
    expect(location.marks.respondent?.mark).toBe('agree')
    const row = await t.database.db
      .selectFrom('cases')
      .select('facts')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow()
    const facts = JSON.parse(row.facts)
    expect(facts.statements.respondent.narrative).toContain('工钱我承认没结清')
    // The respondent's figures do not overwrite the case's (applicant's) facts.
    expect(facts.slots.owed_amount.value).toBe(15000)

    // The applicant, the mediator and the committee's admin are told the respondent has given their side.
    const told = await t.database.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['u.phone', 'n.title', 'n.body'])
      .where('n.case_id', '=', caseId)
      .where('n.title', '=', '被申请人已提交陈述')
      .orderBy('u.phone')
      .execute()
    expect(told.map((n) => n.phone)).toEqual([DEMO.resident, DEMO.mediator, DEMO.committeeAdmin])
    expect(told[0].body).toContain(`有争议的${result.facts.disputed}项`)
  })

  it('refuses anyone but the claimed party, and keeps the case’s dispute type', async () => {
    const caseId = await referredCase(['applicant'])
    // The respondent has not claimed their link yet: a stranger to the case.
    const stranger = await post(DEMO.resident2, '/sessions', { caseId, narrative: '我想说说我的情况' })
    expect(stranger.statusCode).toBe(404)
    expect(stranger.json().code).toBe('CASE_NOT_FOUND')
    const officer = await post(DEMO.police, '/sessions', { caseId, narrative: '补充情况' })
    expect(officer.statusCode).toBe(403)
    expect(officer.json().code).toBe('PARTY_ONLY')
    const unknown = await post(DEMO.resident, '/sessions', { caseId: 'no-such-case' })
    expect(unknown.statusCode).toBe(404)

    const session = (await post(DEMO.resident, '/sessions', { caseId })).json()
    const other = await post(DEMO.resident2, `/sessions/${session.id}/answers`, { text: '5000' })
    expect(other.statusCode).toBe(404)
    const retype = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/intake/sessions/${session.id}/type`,
      payload: { disputeType: 'private_loan' },
      headers: await t.authHeader(DEMO.resident),
    })
    expect(retype.statusCode).toBe(409)
    expect(retype.json().code).toBe('INTAKE_TYPE_FIXED')
  })

  it('asks for the story when the case has no officer’s account to start from', async () => {
    const res = await post(DEMO.resident, '/sessions', {})
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'INTAKE_NARRATIVE_REQUIRED' })
    expect(res.json().details[0].field).toBe('narrative')
  })
})
