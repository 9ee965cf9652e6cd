import { sql } from 'kysely'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'

describe('admin routes', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  const orgId = async (name: string) =>
    (await t.database.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id

  it('sys_admin creates a mediator in a committee, who can then log in with that role', async () => {
    const committee = await orgId('九龙坡区谢家湾街道人民调解委员会')
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: await t.authHeader(DEMO.sysAdmin),
      payload: {
        phone: '13700000001',
        displayName: '吴调解',
        roles: ['mediator'],
        organisationId: committee,
        specialities: ['family'],
      },
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      displayName: '吴调解',
      roles: ['mediator'],
      organisationId: committee,
      phoneMasked: '137****0001',
    })
    const pair = await t.login('13700000001')
    expect(pair.user.roles).toEqual(['mediator'])
    expect(pair.user.organisation!.name).toBe('九龙坡区谢家湾街道人民调解委员会')
  })

  it('adds staff roles to an existing resident account instead of creating a second one', async () => {
    await t.login('13700000002')
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: await t.authHeader(DEMO.sysAdmin),
      payload: {
        phone: '13700000002',
        displayName: '郑警官',
        roles: ['police'],
        organisationId: await orgId('重庆市公安局九龙坡区分局杨家坪派出所'),
      },
    })
    expect(res.json().roles).toEqual(['resident', 'police'])
  })

  it('refuses a role that does not fit the organisation type', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: await t.authHeader(DEMO.sysAdmin),
      payload: {
        phone: '13700000003',
        displayName: 'x',
        roles: ['police'],
        organisationId: await orgId('重庆市九龙坡区人民法院'),
      },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('ROLE_ORGANISATION_MISMATCH')
    const noOrg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: await t.authHeader(DEMO.sysAdmin),
      payload: { phone: '13700000003', displayName: 'x', roles: ['mediator'] },
    })
    expect(noOrg.json()).toMatchObject({ code: 'ORGANISATION_REQUIRED', details: [{ field: 'organisationId' }] })
  })

  it('a committee admin manages only mediators of their own committee', async () => {
    const headers = await t.authHeader(DEMO.committeeAdmin)
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers,
      payload: { phone: '13700000004', displayName: '钱调解', roles: ['mediator'] },
    })
    expect(own.statusCode).toBe(201)
    expect(own.json().organisationId).toBe(await orgId('九龙坡区杨家坪街道人民调解委员会'))

    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers,
      payload: {
        phone: '13700000005',
        displayName: 'x',
        roles: ['mediator'],
        organisationId: await orgId('九龙坡区医疗纠纷人民调解委员会'),
      },
    })
    expect(elsewhere.json().code).toBe('OUTSIDE_ORGANISATION')
    const sysAdmin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers,
      payload: { phone: '13700000005', displayName: 'x', roles: ['sys_admin'] },
    })
    expect(sysAdmin.json().code).toBe('ROLE_NOT_GRANTABLE')

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers })
    const names = list
      .json()
      .items.map((u: { displayName: string }) => u.displayName)
      .sort()
    expect(names).toEqual(['刘芳', '赵敏', '钱调解'].sort())
  })

  it('residents, mediators and police cannot use admin routes', async () => {
    for (const phone of [DEMO.resident, DEMO.mediator, DEMO.police, DEMO.courtClerk]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: await t.authHeader(phone) })
      expect(res.statusCode).toBe(403)
      expect(res.json().code).toBe('FORBIDDEN')
    }
    const verify = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit/verify',
      headers: await t.authHeader(DEMO.committeeAdmin),
    })
    expect(verify.statusCode).toBe(403)
  })

  it('sys_admin creates, edits and deactivates organisations; unknown regions are refused', async () => {
    const headers = await t.authHeader(DEMO.sysAdmin)
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organisations',
      headers,
      payload: {
        name: '九龙坡区婚姻家庭纠纷人民调解委员会',
        type: 'mediation_committee',
        level: 'specialist',
        specialities: ['family'],
        regionCode: '500107',
        address: '重庆市九龙坡区',
        phone: '023-1',
        serviceArea: ['500107'],
      },
    })
    expect(created.statusCode).toBe(201)
    const id = created.json().id
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/organisations/${id}`,
      headers,
      payload: { active: false },
    })
    expect(off.json().active).toBe(false)
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/organisations/${id}` })
    expect(read.statusCode).toBe(404)
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organisations',
      headers,
      payload: { name: '某委员会', type: 'mediation_committee', regionCode: '999999', address: '', phone: '' },
    })
    expect(bad.json().code).toBe('REGION_NOT_FOUND')
  })

  it('keeps every change in a hash chain that verifies, and detects tampering', async () => {
    const headers = await t.authHeader(DEMO.sysAdmin)
    const settings = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/settings',
      headers,
      payload: { careMode: true },
    })
    expect(settings.statusCode).toBe(200)
    const ok = await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit/verify', headers })
    expect(ok.json()).toMatchObject({ intact: true, firstBrokenSeq: null })
    expect(ok.json().entries).toBe(3) // seed, login, settings

    // The table refuses changes (row triggers fire only on matched rows, so check the row is there first);
    // an attacker with raw database access would have to drop the guard first.
    const tamper = sql`update audit_log set data = '{"careMode":false}' where action = 'user.settings'`
    const target = await sql<{
      n: number | string
    }>`select count(*) as n from audit_log where action = 'user.settings'`.execute(t.database.db)
    expect(Number(target.rows[0].n)).toBe(1)
    // Matched by message: the driver's error may come from another realm than the test's Error, which toThrow needs.
    const refused = { message: expect.stringMatching(/append-only/) }
    await expect(tamper.execute(t.database.db)).rejects.toMatchObject(refused)
    await expect(sql`delete from audit_log`.execute(t.database.db)).rejects.toMatchObject(refused)
    if (t.database.dialect === 'sqlite') {
      await sql`drop trigger audit_log_no_update`.execute(t.database.db)
    } else {
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t.database.db)
    }
    await tamper.execute(t.database.db)
    const broken = await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit/verify', headers })
    expect(broken.json()).toMatchObject({ intact: false, reason: 'content does not match its hash' })
  })
})
