import { newId } from '../../src/lib/ids'
import { databaseErrorToAppError } from '../../src/plugins/app/database-errors'
import { insertCase } from '../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'

/**
 * Issue 11 finding 8, third class: database constraint violations answered 500. The known paths are fixed at their
 * source, and any constraint error still reaching the error handler becomes a Chinese 4xx on either database.
 */
describe('database constraint errors', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(() => t.close())

  const userId = async (phone: string) =>
    (await t.database.db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirstOrThrow()).id
  const caught = async (work: () => Promise<unknown>) =>
    work().then(
      () => undefined,
      (error: unknown) => error,
    )

  it('maps the driver’s foreign-key, unique and not-null errors to 4xx with a Chinese message', async () => {
    const fk = await caught(() =>
      t.database.db
        .insertInto('case_staff')
        .values({ case_id: newId(), user_id: newId(), role: 'mediator', created_at: new Date().toISOString() })
        .execute(),
    )
    expect(databaseErrorToAppError(fk)).toMatchObject({ statusCode: 400, code: 'REFERENCE_NOT_FOUND' })

    const phone = DEMO.resident
    const duplicate = await caught(() =>
      t.database.db
        .insertInto('users')
        .values({
          id: newId(),
          phone,
          phone_masked: 'x',
          display_name: 'x',
          specialities: '[]',
          settings: '{}',
          active: 1,
          created_at: '',
          updated_at: '',
        })
        .execute(),
    )
    expect(databaseErrorToAppError(duplicate)).toMatchObject({ statusCode: 409, code: 'ALREADY_EXISTS' })

    const missing = await caught(() =>
      t.database.db
        .insertInto('regions')
        .values({ code: newId(), name: null, level: 'street' } as never)
        .execute(),
    )
    expect(databaseErrorToAppError(missing)).toMatchObject({ statusCode: 400, code: 'INVALID_VALUE' })
    for (const error of [fk, duplicate, missing]) {
      expect(databaseErrorToAppError(error)!.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(databaseErrorToAppError(new Error('boom'))).toBeNull()
  })

  it('answers a mediator request naming an unknown mediator with 400, not 500', async () => {
    const caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
    })
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/mediator-requests`,
      headers: await t.authHeader(DEMO.resident),
      payload: { mediatorUserId: 'no-such-mediator' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'MEDIATOR_NOT_FOUND', details: [{ field: 'mediatorUserId' }] })
  })

  it('refuses staff in an unknown organisation with 400 whatever the roles', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: await t.authHeader(DEMO.sysAdmin),
      payload: { phone: '13912345678', displayName: '张三', roles: ['sys_admin'], organisationId: 'no-such-org' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'ORGANISATION_NOT_FOUND', details: [{ field: 'organisationId' }] })
  })

  it('lets a sys_admin detach an account from its organisation with organisationId null', async () => {
    const id = await userId(DEMO.mediatorAdmin)
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${id}`,
      headers: await t.authHeader(DEMO.sysAdmin),
      payload: { roles: ['resident'], organisationId: null },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ roles: ['resident'], organisationId: null })
  })
})
