import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'
import { idNumberCheckChar } from '../../src/domain/identity/id-number'

/** A valid ID number (correct check digit) for a given birth date and sequence. */
const validId = (birth = '19650312', seq = '123') => {
  const first17 = `500107${birth}${seq}`
  return first17 + idNumberCheckChar(first17)
}

describe('/api/v1/me', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  it('stores the ID number encrypted, returns and logs it only masked', async () => {
    const id = validId()
    const headers = await t.authHeader(DEMO.resident)
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/real-name',
      headers,
      payload: { name: '王秀英', idNumber: id },
    })
    expect(res.statusCode).toBe(200)
    expect(res.body).not.toContain(id)
    expect(res.json().realName).toEqual({
      verified: true,
      name: '王秀英',
      idNumberMasked: `500107********${id.slice(14)}`,
    })

    const row = await t.database.db
      .selectFrom('users')
      .selectAll()
      .where('phone', '=', DEMO.resident)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(row)).not.toContain(id)
    expect(JSON.stringify(row)).not.toContain(id.slice(6, 14)) // not even the birth date
    expect(t.app.services.idCipher.decrypt(row.id_number_enc!)).toBe(id)

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'user.real_name')
      .execute()
    expect(JSON.stringify(audit)).not.toContain(id)
  })

  it('rejects an ID number with a wrong check digit, naming the field', async () => {
    const id = validId('19800101', '456')
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1')
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/real-name',
      headers: await t.authHeader(DEMO.resident2),
      payload: { name: '李建国', idNumber: wrong },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'ID_NUMBER_INVALID', details: [{ field: 'idNumber' }] })
    expect(res.json().message).toContain('校验位')
  })

  it('rejects an impossible birth date', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/real-name',
      headers: await t.authHeader(DEMO.resident2),
      payload: { name: '李建国', idNumber: validId('19800231') },
    })
    expect(res.json().code).toBe('ID_NUMBER_INVALID')
    expect(res.json().message).toContain('出生日期')
  })

  it('refuses an ID number already used by another account', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/real-name',
      headers: await t.authHeader(DEMO.resident2),
      payload: { name: '李建国', idNumber: validId() },
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('ID_NUMBER_IN_USE')
  })

  it('saves care mode and the active role, and refuses a role the user does not hold', async () => {
    const headers = await t.authHeader(DEMO.mediatorAdmin)
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/settings',
      headers,
      payload: { careMode: true, activeRole: 'committee_admin' },
    })
    expect(res.json().settings).toEqual({ careMode: true, activeRole: 'committee_admin' })
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })
    expect(again.json().settings).toEqual({ careMode: true, activeRole: 'committee_admin' })
    expect(again.json().roles).toEqual(['mediator', 'committee_admin'])

    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/settings',
      headers,
      payload: { activeRole: 'sys_admin' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'ROLE_NOT_HELD', details: [{ field: 'activeRole' }] })
  })

  it('updates the display name', async () => {
    const headers = await t.authHeader(DEMO.resident2)
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers,
      payload: { displayName: ' 老李 ' },
    })
    expect(res.json().displayName).toBe('老李')
  })
})
