import type { ReferralList } from '@contract/referrals'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import {
  addStaff,
  auditActions,
  get,
  LABOUR_COMMITTEE,
  organisationId,
  post,
  refer,
  referralBody,
  STREET_COMMITTEE,
  userIdOf,
} from './referral-fixtures'

describe('police referral (警调对接)', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  it('creates a police case awaiting acceptance, with the officer on it and one share link per party', async () => {
    const created = await refer(t)
    const { caseId } = created.referral
    expect(created.referral).toMatchObject({ status: 'pending_acceptance', incidentNumber: 'J500107202611260001' })
    expect(created.referral.committee?.name).toBe(STREET_COMMITTEE)
    const kase = await t.database.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(kase).toMatchObject({ source: 'police', status: 'pending_acceptance', dispute_type: 'wage_arrears' })
    const staff = await t.database.db.selectFrom('case_staff').selectAll().where('case_id', '=', caseId).execute()
    expect(staff).toEqual([expect.objectContaining({ user_id: await userIdOf(t, DEMO.police), role: 'police' })])
    const parties = await t.database.db.selectFrom('case_parties').selectAll().where('case_id', '=', caseId).execute()
    expect(parties.map((p) => [p.role, p.user_id, p.phone]).sort()).toEqual([
      ['applicant', null, DEMO.resident],
      ['respondent', null, DEMO.resident2],
    ])

    expect(created.links.map((l) => l.partyRole).sort()).toEqual(['applicant', 'respondent'])
    const [a, b] = created.links
    expect(a.token).not.toBe(b.token)
    expect(a.token.length).toBeGreaterThanOrEqual(43)
    // Only hashes are stored, and the default expiry is 7 days.
    const stored = await t.database.db
      .selectFrom('case_invitations')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute()
    expect(stored.map((s) => s.token_hash)).not.toContain(a.token)
    expect(new Date(a.expiresAt).getTime() - t.clock.now().getTime()).toBe(7 * 86_400_000)
    expect(await auditActions(t, caseId)).toContain('referral.create')
  })

  it('texts each party their own link and nothing about the other party', async () => {
    const created = await refer(t)
    for (const link of created.links) {
      const phone = link.partyRole === 'applicant' ? DEMO.resident : DEMO.resident2
      const sms = t.sms.last(phone, 'invitation')!
      expect(sms.params.link).toBe(link.link)
      expect(sms.params.link).toContain(link.token)
      const text = Object.values(sms.params).join(' ')
      expect(text).not.toMatch(/王秀英|李建国|13800000001|13800000002|工资/)
    }
  })

  it('suggests the committee by the intake routing and uses it when the officer picks none', async () => {
    const suggested = await get(
      t,
      DEMO.police,
      '/api/v1/referrals/committees?disputeType=wage_arrears&regionCode=500107001001',
    )
    expect(suggested.statusCode).toBe(200)
    expect(suggested.json().recommended.name).toBe(LABOUR_COMMITTEE)
    const res = await post(t, DEMO.police, '/api/v1/referrals', referralBody())
    expect(res.statusCode).toBe(201)
    expect(res.json().referral.committee.name).toBe(LABOUR_COMMITTEE)
  })

  it('normalises the incident number and refuses the same one twice at one station, not across stations', async () => {
    await refer(t, { incidentNumber: 'j5001 0720 2611 2600 01' })
    const again = await post(
      t,
      DEMO.police,
      '/api/v1/referrals',
      referralBody({
        incidentNumber: 'J50010720261126０００1',
        committeeId: await organisationId(t, STREET_COMMITTEE),
      }),
    )
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('INCIDENT_NUMBER_DUPLICATE')

    const otherOfficer = '13900000031'
    await addStaff(t, {
      phone: otherOfficer,
      name: '石警官',
      roles: ['police'],
      organisation: '重庆市公安局九龙坡区分局石桥铺派出所',
    })
    const elsewhere = await post(
      t,
      otherOfficer,
      '/api/v1/referrals',
      referralBody({ incidentNumber: 'J5001072026112600 01' }),
    )
    expect(elsewhere.statusCode).toBe(201)
  })

  it.each([
    ['incidentNumber', { incidentNumber: '12345' }, 'INCIDENT_NUMBER_INVALID', 'incidentNumber'],
    ['incidentNumber', { incidentNumber: '警情号ABCDEFG' }, 'INCIDENT_NUMBER_INVALID', 'incidentNumber'],
    ['applicant phone', { applicant: { name: '王秀英', phone: '0231234567' } }, 'PHONE_INVALID', 'applicant.phone'],
    ['same phones', { respondent: { name: '李建国', phone: DEMO.resident } }, 'PARTY_PHONES_SAME', 'respondent.phone'],
    ['region', { regionCode: '999999' }, 'REGION_UNKNOWN', 'regionCode'],
    ['committee', { committeeId: 'no-such-committee' }, 'COMMITTEE_INVALID', 'committeeId'],
  ])('rejects a bad %s with a named field', async (_label, override, code, field) => {
    const res = await post(t, DEMO.police, '/api/v1/referrals', referralBody(override as never))
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe(code)
    expect(res.json().details[0].field).toBe(field)
  })

  it('rejects a police station as the committee, and an unknown dispute type by schema', async () => {
    const station = await organisationId(t, '重庆市公安局九龙坡区分局杨家坪派出所')
    const res = await post(t, DEMO.police, '/api/v1/referrals', referralBody({ committeeId: station }))
    expect(res.json().code).toBe('COMMITTEE_INVALID')
    const bad = await post(t, DEMO.police, '/api/v1/referrals', { ...referralBody(), disputeType: 'fight' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('VALIDATION_FAILED')
  })

  it('accepts phones as people type them', async () => {
    const res = await post(
      t,
      DEMO.police,
      '/api/v1/referrals',
      referralBody({
        applicant: { name: ' 王秀英 ', phone: '+86 138-0000-0001' },
        respondent: { name: '李建国', phone: '１３８０００００００２' },
      }),
    )
    expect(res.statusCode).toBe(201)
    const parties = await t.database.db.selectFrom('case_parties').select(['name', 'phone']).execute()
    expect(parties).toEqual(
      expect.arrayContaining([
        { name: '王秀英', phone: DEMO.resident },
        { name: '李建国', phone: DEMO.resident2 },
      ]),
    )
  })

  it('is for police only', async () => {
    for (const phone of [DEMO.resident, DEMO.mediator, DEMO.committeeAdmin, DEMO.courtClerk, DEMO.sysAdmin]) {
      expect((await post(t, phone, '/api/v1/referrals', referralBody())).statusCode).toBe(403)
      expect((await get(t, phone, '/api/v1/referrals')).statusCode).toBe(403)
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/referrals' })).statusCode).toBe(401)
  })

  it("lists the officer's own referrals with status, outcome and who has claimed", async () => {
    const first = await refer(t)
    await refer(t, { incidentNumber: 'J500107202611260002' })
    const otherOfficer = '13900000032'
    await addStaff(t, {
      phone: otherOfficer,
      name: '周警官',
      roles: ['police'],
      organisation: '重庆市公安局九龙坡区分局杨家坪派出所',
    })
    await refer(t, { incidentNumber: 'J500107202611260003' }, otherOfficer)

    const applicantLink = first.links.find((l) => l.partyRole === 'applicant')!
    await post(t, DEMO.resident, `/api/v1/invitations/${applicantLink.token}/claim`)

    const list = (await get(t, DEMO.police, '/api/v1/referrals')).json() as ReferralList
    expect(list.total).toBe(2)
    const item = list.items.find((i) => i.caseId === first.referral.caseId)!
    expect(item).toMatchObject({ status: 'pending_acceptance', outcome: null })
    expect(item.parties).toEqual(
      expect.arrayContaining([
        { role: 'applicant', name: '王秀英', claimed: true },
        { role: 'respondent', name: '李建国', claimed: false },
      ]),
    )
    expect(((await get(t, otherOfficer, '/api/v1/referrals')).json() as ReferralList).total).toBe(1)
  })
})

describe('re-sending a share link', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  it('replaces an expired link for an unclaimed party; only the referring officer may', async () => {
    const created = await refer(t)
    const { caseId } = created.referral
    const old = created.links.find((l) => l.partyRole === 'respondent')!
    t.clock.advance(8 * 86_400)
    const url = `/api/v1/referrals/${caseId}/links/respondent`
    const res = await post(t, DEMO.police, url)
    expect(res.statusCode).toBe(201)
    const fresh = res.json()
    expect(fresh.token).not.toBe(old.token)
    expect(t.sms.last(DEMO.resident2, 'invitation')!.params.link).toBe(fresh.link)
    expect((await post(t, DEMO.resident2, `/api/v1/invitations/${old.token}/claim`)).json().code).toBe(
      'INVITATION_REVOKED',
    )
    expect((await post(t, DEMO.resident2, `/api/v1/invitations/${fresh.token}/claim`)).statusCode).toBe(200)
    expect((await post(t, DEMO.police, url)).json().code).toBe('PARTY_ALREADY_CLAIMED')
    expect(await auditActions(t, caseId)).toContain('invitation.reissue')

    const colleague = '13900000033'
    await addStaff(t, {
      phone: colleague,
      name: '吴警官',
      roles: ['police'],
      organisation: '重庆市公安局九龙坡区分局杨家坪派出所',
    })
    expect((await post(t, colleague, `/api/v1/referrals/${caseId}/links/applicant`)).statusCode).toBe(404)
    expect((await post(t, DEMO.resident, `/api/v1/referrals/${caseId}/links/applicant`)).statusCode).toBe(403)
  })
})
