import type { CaseProgress } from '@contract/assignment'
import type { InvitationCreated } from '@contract/invitations'
import { insertCase } from '../../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { auditActions, claim, get, post, referredAndClaimed } from '../referrals/referral-fixtures'

describe('the applicant invites the respondent, who accepts or declines (PML 17)', () => {
  let t: TestApp
  let caseId: string
  beforeEach(async () => {
    t = await buildTestApp()
    caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
    })
  })
  afterEach(async () => {
    await t.close()
  })

  const invite = async (payload: object = { phone: DEMO.resident2, name: '李建国' }, phone: string = DEMO.resident) =>
    post(t, phone, `/api/v1/cases/${caseId}/invitations`, payload)

  it('sends the respondent a link by SMS; the respondent claims it and sees the claim', async () => {
    const res = await invite()
    expect(res.statusCode).toBe(201)
    const created = res.json() as InvitationCreated
    expect(t.sms.last(DEMO.resident2, 'invitation')!.params.link).toBe(created.link)
    const claimed = await claim(t, created.token, DEMO.resident2)
    expect(claimed.statusCode).toBe(200)
    expect(claimed.json()).toMatchObject({ role: 'respondent', source: 'self', prefill: { narrative: '' } })
    const detail = await get(t, DEMO.resident2, `/api/v1/cases/${caseId}`)
    expect(detail.statusCode).toBe(200)
    expect(detail.json().narrative).toContain('欠我三个月工资')
    expect(await auditActions(t, caseId)).toEqual(expect.arrayContaining(['invitation.create', 'invitation.claim']))
  })

  it('revokes the earlier link when the applicant re-invites', async () => {
    const first = (await invite()).json() as InvitationCreated
    const second = (await invite({ phone: DEMO.resident2 })).json() as InvitationCreated
    const old = await claim(t, first.token, DEMO.resident2)
    expect(old.statusCode).toBe(410)
    expect(old.json().code).toBe('INVITATION_REVOKED')
    expect((await claim(t, second.token, DEMO.resident2)).statusCode).toBe(200)
    const again = await invite()
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('RESPONDENT_ALREADY_JOINED')
  })

  it('validates the invitation', async () => {
    const self = await invite({ phone: DEMO.resident, name: '我' })
    expect(self.json()).toMatchObject({ code: 'INVITATION_SELF', details: [{ field: 'phone' }] })
    const noName = await invite({ phone: DEMO.resident2 })
    expect(noName.json()).toMatchObject({ code: 'NAME_REQUIRED', details: [{ field: 'name' }] })
    const badPhone = await invite({ phone: '12345', name: '李建国' })
    expect(badPhone.json()).toMatchObject({ code: 'PHONE_INVALID', details: [{ field: 'phone' }] })
  })

  it('is for the applicant only', async () => {
    expect((await invite(undefined, DEMO.resident2)).statusCode).toBe(404)
    expect((await invite(undefined, DEMO.mediator)).statusCode).toBe(404)
    await t.database.db
      .insertInto('case_staff')
      .values({
        case_id: caseId,
        user_id: (
          await t.database.db
            .selectFrom('users')
            .select('id')
            .where('phone', '=', DEMO.mediator)
            .executeTakeFirstOrThrow()
        ).id,
        role: 'mediator',
        created_at: new Date().toISOString(),
      })
      .execute()
    const mediator = await invite(undefined, DEMO.mediator)
    expect(mediator.statusCode).toBe(403)
    expect(mediator.json().code).toBe('APPLICANT_ONLY')
  })

  describe('the answer', () => {
    let referred: string
    beforeEach(async () => {
      referred = await referredAndClaimed(t)
    })

    it('declining needs a reason, then ends the case as declined, recorded and audited', async () => {
      const url = `/api/v1/cases/${referred}/respondent-answer`
      const noReason = await post(t, DEMO.resident2, url, { answer: 'decline' })
      expect(noReason.json()).toMatchObject({ code: 'DECLINE_REASON_REQUIRED', details: [{ field: 'reason' }] })
      const res = await post(t, DEMO.resident2, url, { answer: 'decline', reason: '已经另行起诉' })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({ status: 'declined', answer: 'decline' })
      const progress = (await get(t, DEMO.resident, `/api/v1/cases/${referred}/progress`)).json() as CaseProgress
      expect(progress.status).toBe('declined')
      expect(progress.respondentAnswer).toMatchObject({ answer: 'declined', reason: '已经另行起诉' })
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select(['action', 'data'])
        .where('entity_id', '=', referred)
        .where('action', '=', 'case.respondent_decline')
        .executeTakeFirstOrThrow()
      expect(JSON.parse(audit.data)).toMatchObject({ reason: '已经另行起诉', basis: 'PML 17', toStatus: 'declined' })
      // Applicant and referring officer are told.
      for (const phone of [DEMO.resident, DEMO.police]) {
        const kinds = (await get(t, phone, '/api/v1/notifications')).json().items.map((n: { kind: string }) => n.kind)
        expect(kinds).toContain('respondent_answer')
      }
      const twice = await post(t, DEMO.resident2, url, { answer: 'accept' })
      expect(twice.statusCode).toBe(409)
    })

    it("tells the case's mediator too when one is already assigned", async () => {
      const mediator = await t.database.db
        .selectFrom('users')
        .select('id')
        .where('phone', '=', DEMO.mediator)
        .executeTakeFirstOrThrow()
      await t.database.db
        .insertInto('case_staff')
        .values({ case_id: referred, user_id: mediator.id, role: 'mediator', created_at: new Date().toISOString() })
        .execute()
      const url = `/api/v1/cases/${referred}/respondent-answer`
      expect((await post(t, DEMO.resident2, url, { answer: 'decline', reason: '已经另行起诉' })).statusCode).toBe(200)
      const notices = (await get(t, DEMO.mediator, '/api/v1/notifications')).json().items as {
        kind: string
        caseId: string
      }[]
      expect(notices).toContainEqual(expect.objectContaining({ kind: 'respondent_answer', caseId: referred }))
    })

    it('accepting keeps the case open and records the answer once', async () => {
      const url = `/api/v1/cases/${referred}/respondent-answer`
      const res = await post(t, DEMO.resident2, url, { answer: 'accept' })
      expect(res.json()).toMatchObject({ status: 'pending_acceptance', answer: 'accept' })
      const again = await post(t, DEMO.resident2, url, { answer: 'decline', reason: '反悔' })
      expect(again.json().code).toBe('RESPONDENT_ALREADY_ANSWERED')
    })

    it('only the respondent answers', async () => {
      const url = `/api/v1/cases/${referred}/respondent-answer`
      expect((await post(t, DEMO.resident, url, { answer: 'decline', reason: 'x' })).json().code).toBe(
        'RESPONDENT_ONLY',
      )
      expect((await post(t, DEMO.police, url, { answer: 'decline', reason: 'x' })).json().code).toBe('RESPONDENT_ONLY')
      expect((await post(t, DEMO.mediator, url, { answer: 'decline', reason: 'x' })).statusCode).toBe(404)
    })
  })
})
