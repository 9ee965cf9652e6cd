import type { CaseList } from '@contract/cases'
import type { ClaimResult } from '@contract/invitations'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { addStaff, auditActions, claim, get, refer, referralBody, userIdOf } from '../referrals/referral-fixtures'

describe('claiming a share link', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  const linkFor = async (role: 'applicant' | 'respondent') => {
    const created = await refer(t)
    return { created, link: created.links.find((l) => l.partyRole === role)! }
  }

  it('gives the invited phone its side of the case, pre-filled with the officer’s facts', async () => {
    const { created, link } = await linkFor('applicant')
    const res = await claim(t, link.token, DEMO.resident)
    expect(res.statusCode).toBe(200)
    const result = res.json() as ClaimResult
    expect(result).toMatchObject({
      caseId: created.referral.caseId,
      role: 'applicant',
      source: 'police',
      disputeType: 'wage_arrears',
      prefill: { narrative: referralBody().facts, disputeType: 'wage_arrears', myName: '王秀英' },
    })
    const mine = (await get(t, DEMO.resident, '/api/v1/cases')).json() as CaseList
    expect(mine.items.map((c) => [c.id, c.myRole])).toEqual([[created.referral.caseId, 'applicant']])
    expect(await auditActions(t, created.referral.caseId)).toContain('invitation.claim')
    // The officer hears that the party joined.
    const notes = (await get(t, DEMO.police, '/api/v1/notifications')).json()
    expect(notes.items.map((n: { kind: string }) => n.kind)).toContain('invitation_claimed')
  })

  it('refuses the wrong party with 403 and leaves the side unclaimed', async () => {
    const { created, link } = await linkFor('applicant')
    const res = await claim(t, link.token, DEMO.resident2)
    expect(res.statusCode).toBe(403)
    expect(res.json().code).toBe('INVITATION_PHONE_MISMATCH')
    expect(res.json().message).toContain('手机号')
    const party = await t.database.db
      .selectFrom('case_parties')
      .select('user_id')
      .where('case_id', '=', created.referral.caseId)
      .where('role', '=', 'applicant')
      .executeTakeFirstOrThrow()
    expect(party.user_id).toBeNull()
    // The right person can still use it afterwards.
    expect((await claim(t, link.token, DEMO.resident)).statusCode).toBe(200)
  })

  it('refuses a reused link with 409, but lets its owner open it again', async () => {
    const { link } = await linkFor('applicant')
    expect((await claim(t, link.token, DEMO.resident)).statusCode).toBe(200)
    const again = await claim(t, link.token, DEMO.resident)
    expect(again.statusCode).toBe(200)
    const stranger = '13900000041'
    const other = await claim(t, link.token, stranger)
    expect(other.statusCode).toBe(409)
    expect(other.json().code).toBe('INVITATION_USED')
  })

  it('refuses an expired link with 410 (7 days by default)', async () => {
    const { link } = await linkFor('respondent')
    t.clock.advance(7 * 86_400 + 1)
    const res = await claim(t, link.token, DEMO.resident2)
    expect(res.statusCode).toBe(410)
    expect(res.json().code).toBe('INVITATION_EXPIRED')
  })

  it('still works just before it expires', async () => {
    const { link } = await linkFor('respondent')
    t.clock.advance(7 * 86_400 - 60)
    expect((await claim(t, link.token, DEMO.resident2)).statusCode).toBe(200)
  })

  it('reports an unknown token as 404 and needs a login', async () => {
    const res = await claim(t, 'A'.repeat(43), DEMO.resident)
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('INVITATION_NOT_FOUND')
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${'A'.repeat(43)}/claim` })
    expect(anonymous.statusCode).toBe(401)
  })

  it('does not let one account take both sides', async () => {
    const created = await refer(t, { respondent: { name: '李建国', phone: '13900000042' } })
    const applicant = created.links.find((l) => l.partyRole === 'applicant')!
    const respondent = created.links.find((l) => l.partyRole === 'respondent')!
    expect((await claim(t, applicant.token, DEMO.resident)).statusCode).toBe(200)
    // Same phone on both sides is refused at referral time; here a changed account phone is simulated.
    await t.database.db
      .updateTable('users')
      .set({ phone: '13900000042' })
      .where('id', '=', await userIdOf(t, DEMO.resident))
      .execute()
    const res = await claim(t, respondent.token, DEMO.resident)
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('INVITATION_OTHER_SIDE')
  })

  it('lets staff accounts claim only when the phone matches too', async () => {
    const { link } = await linkFor('respondent')
    await addStaff(t, {
      phone: '13900000043',
      name: '外人',
      roles: ['mediator'],
      organisation: '九龙坡区杨家坪街道人民调解委员会',
    })
    expect((await claim(t, link.token, '13900000043')).statusCode).toBe(403)
  })
})
