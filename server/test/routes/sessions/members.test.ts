import { newId } from '../../../src/lib/ids'
import { DEMO } from '../../helpers/test-app'
import { createCase, OUTSIDER_PHONE, SharedDatabase, type CaseFixture, type Instance } from './session-harness'

/** GET /sessions/rooms/:roomId/members: names and roles for the caucus picker, with the room's access rules. */
describe('session room members', () => {
  const shared = new SharedDatabase()
  let app: Instance
  let fixture: CaseFixture
  let caucusId: string

  beforeAll(async () => {
    await shared.prepare()
    app = await shared.instance()
    fixture = await createCase(app)
    // A second respondent named on the case who has no account yet: listed, but cannot be picked.
    await app.database.db
      .insertInto('case_parties')
      .values({
        id: newId(),
        case_id: fixture.caseId,
        role: 'respondent',
        user_id: null,
        name: '重庆某建筑劳务有限公司',
        phone: null,
        kind: 'organisation',
        created_at: new Date().toISOString(),
      })
      .execute()
    const opened = await app.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/cases/${fixture.caseId}/caucus`,
      headers: await app.bearer(DEMO.mediator),
      payload: { partyUserId: fixture.users.respondent },
    })
    expect(opened.statusCode).toBe(200)
    caucusId = opened.json().id
  })
  afterAll(() => shared.close())

  const members = async (phone: string, roomId: string) =>
    app.app.inject({
      method: 'GET',
      url: `/api/v1/sessions/rooms/${roomId}/members`,
      headers: await app.bearer(phone),
    })

  it('lists the parties by the names on the case and the mediator by name, parties first', async () => {
    const res = await members(DEMO.mediator, fixture.jointRoomId)
    expect(res.statusCode).toBe(200)
    expect(res.json().items).toEqual([
      { userId: fixture.users.applicant, name: '王秀英', role: 'applicant' },
      { userId: fixture.users.respondent, name: '李四', role: 'respondent' },
      { userId: null, name: '重庆某建筑劳务有限公司', role: 'respondent' },
      { userId: fixture.users.mediator, name: '刘芳', role: 'mediator' },
    ])
  })

  it.each([
    ['the applicant', DEMO.resident, 200],
    ['the respondent', DEMO.resident2, 200],
    ['the mediator of the case', DEMO.mediator, 200],
    ['the committee admin', DEMO.committeeAdmin, 200],
    ['a stranger', OUTSIDER_PHONE, 404],
    ['a mediator of another committee', DEMO.mediatorAdmin, 404],
    ['the referring police officer (case staff)', DEMO.police, 404],
    ['the court clerk (case staff)', DEMO.courtClerk, 404],
  ])('joint room: %s → %s', async (_who, phone, status) => {
    const res = await members(phone, fixture.jointRoomId)
    expect(res.statusCode).toBe(status)
    if (status === 404) expect(res.json()).toMatchObject({ code: 'ROOM_NOT_FOUND' })
    else expect(res.json().items).toHaveLength(4)
  })

  it.each([
    ['the party of the caucus', DEMO.resident2, 200],
    ['the mediator', DEMO.mediator, 200],
    ['the other party', DEMO.resident, 404],
    ['the committee admin (not a member)', DEMO.committeeAdmin, 404],
    ['a stranger', OUTSIDER_PHONE, 404],
  ])('caucus room: %s → %s', async (_who, phone, status) => {
    const res = await members(phone, caucusId)
    expect(res.statusCode).toBe(status)
    if (status === 200) {
      expect(res.json().items).toEqual([
        { userId: fixture.users.respondent, name: '李四', role: 'respondent' },
        { userId: fixture.users.mediator, name: '刘芳', role: 'mediator' },
      ])
    }
  })

  it('needs a login and answers 404 for a room that does not exist', async () => {
    const anonymous = await app.app.inject({
      method: 'GET',
      url: `/api/v1/sessions/rooms/${fixture.jointRoomId}/members`,
    })
    expect(anonymous.statusCode).toBe(401)
    const missing = await members(DEMO.mediator, 'no-such-room')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().code).toBe('ROOM_NOT_FOUND')
  })
})
