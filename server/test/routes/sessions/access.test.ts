import { SOCKET_CLOSE_CODES } from '@contract/sessions'
import { DEMO } from '../../helpers/test-app'
import { createCase, OUTSIDER_PHONE, SharedDatabase, type CaseFixture, type Instance } from './session-harness'
import { isReady, RoomClient, type AuthMode } from './ws-client'

/** Who may enter a case's rooms, over real sockets, and that every join and leave is audited. */
describe('session room access', () => {
  const shared = new SharedDatabase()
  let app: Instance
  let fixture: CaseFixture

  beforeAll(async () => {
    await shared.prepare()
    app = await shared.instance()
    fixture = await createCase(app)
  })
  afterAll(() => shared.close())

  const joinAs = async (phone: string | null, roomId: string, mode: AuthMode = 'subprotocol') => {
    const client = RoomClient.connect(app.socketUrl(roomId), phone ? await app.token(phone) : null, mode)
    try {
      await client.waitFor(isReady)
      return { client, allowed: true as const }
    } catch {
      return { client, allowed: false as const, code: client.closeCode, reason: client.closeReason }
    }
  }

  const auditCount = async (action: string, userId: string, roomId: string) => {
    const rows = await app.database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', action)
      .where('actor_user_id', '=', userId)
      .where('entity_id', '=', roomId)
      .execute()
    return rows.length
  }

  it.each([
    ['applicant', DEMO.resident, true],
    ['respondent', DEMO.resident2, true],
    ['mediator of the case', DEMO.mediator, true],
    ['committee admin', DEMO.committeeAdmin, true],
    ['other resident', OUTSIDER_PHONE, false],
    ['mediator of another committee', DEMO.mediatorAdmin, false],
    ['referring police officer (case staff)', DEMO.police, false],
    ['court clerk (case staff)', DEMO.courtClerk, false],
    ['system admin', DEMO.sysAdmin, false],
  ])('joint room: %s (%s) → allowed %s', async (_who, phone, expected) => {
    const { client, allowed, code, reason } = await joinAs(phone, fixture.jointRoomId)
    expect(allowed).toBe(expected)
    if (!expected) {
      expect(code).toBe(SOCKET_CLOSE_CODES.notFound)
      expect(reason).toBe('ROOM_NOT_FOUND')
    }
    await client.close()
  })

  it('refuses a socket without a valid token with 4401', async () => {
    const none = await joinAs(null, fixture.jointRoomId)
    expect(none).toMatchObject({ allowed: false, code: SOCKET_CLOSE_CODES.unauthorized, reason: 'AUTH_REQUIRED' })
    const forged = RoomClient.connect(app.socketUrl(fixture.jointRoomId), 'a.b.c')
    expect(await forged.waitClosed()).toBe(SOCKET_CLOSE_CODES.unauthorized)
  })

  it('refuses a socket for a room that does not exist', async () => {
    const { allowed, code } = await joinAs(DEMO.mediator, 'no-such-room')
    expect(allowed).toBe(false)
    expect(code).toBe(SOCKET_CLOSE_CODES.notFound)
  })

  it.each<AuthMode>(['subprotocol', 'header', 'query'])('accepts the token as %s', async (mode) => {
    const { client, allowed } = await joinAs(DEMO.resident, fixture.jointRoomId, mode)
    expect(allowed).toBe(true)
    expect(client.socket.protocol).toBe(mode === 'subprotocol' ? 'tiaojie.v1' : '')
    await client.close()
  })

  it('audits every join and leave and records them as system messages', async () => {
    const userId = fixture.users.respondent
    const joinsBefore = await auditCount('session.join', userId, fixture.jointRoomId)
    const leavesBefore = await auditCount('session.leave', userId, fixture.jointRoomId)
    const watcher = (await joinAs(DEMO.mediator, fixture.jointRoomId)).client
    watcher.send({ type: 'resume', afterSeq: watcher.frames.find(isReady)!.lastSeq })
    await watcher.waitFor((f) => f.type === 'resumed')
    const { client } = await joinAs(DEMO.resident2, fixture.jointRoomId)
    await client.close()
    const left = await watcher.waitFor(
      (f) => f.type === 'message' && f.message.event === 'left' && f.message.data.userId === userId,
    )
    const joined = watcher.messages().find((m) => m.event === 'joined' && m.data.userId === userId)!
    expect(left.type === 'message' && left.message.seq).toBe(joined.seq + 1)
    expect(joined.data.role).toBe('respondent')
    expect(watcher.frames).toContainEqual({ type: 'presence', userId, online: false })
    expect(await auditCount('session.join', userId, fixture.jointRoomId)).toBe(joinsBefore + 1)
    expect(await auditCount('session.leave', userId, fixture.jointRoomId)).toBe(leavesBefore + 1)
    await watcher.close()
    expect((await app.app.services.audit.verify()).intact).toBe(true)
  })

  describe('caucus room (背靠背)', () => {
    let caucusId: string

    it('only a mediator of the case can open one, for a party of the case', async () => {
      const open = async (phone: string, partyUserId: string) =>
        app.app.inject({
          method: 'POST',
          url: `/api/v1/sessions/cases/${fixture.caseId}/caucus`,
          headers: await app.bearer(phone),
          payload: { partyUserId },
        })
      const byParty = await open(DEMO.resident, fixture.users.applicant)
      expect(byParty.statusCode).toBe(403)
      expect(byParty.json().code).toBe('CAUCUS_MEDIATOR_ONLY')
      const byOutsider = await open(OUTSIDER_PHONE, fixture.users.applicant)
      expect(byOutsider.statusCode).toBe(404)
      const notAParty = await open(DEMO.mediator, fixture.users.outsider)
      expect(notAParty.statusCode).toBe(400)
      expect(notAParty.json()).toMatchObject({ code: 'CAUCUS_PARTY_INVALID', details: [{ field: 'partyUserId' }] })

      const created = await open(DEMO.mediator, fixture.users.applicant)
      expect(created.statusCode).toBe(200)
      const room = created.json()
      expect(room).toMatchObject({ kind: 'caucus', partyUserId: fixture.users.applicant, lastSeq: 1 })
      expect([...room.memberUserIds].sort()).toEqual([fixture.users.applicant, fixture.users.mediator].sort())
      caucusId = room.id
      const again = await open(DEMO.mediator, fixture.users.applicant)
      expect(again.json().id).toBe(caucusId)
    })

    it.each([
      ['the party', DEMO.resident, true],
      ['the mediator', DEMO.mediator, true],
      ['the other party', DEMO.resident2, false],
      ['the committee admin', DEMO.committeeAdmin, false],
      ['another mediator', DEMO.mediatorAdmin, false],
    ])('%s (%s) → allowed %s', async (_who, phone, expected) => {
      const { client, allowed } = await joinAs(phone, caucusId)
      expect(allowed).toBe(expected)
      await client.close()
    })

    it('lists the caucus only to its members', async () => {
      const list = async (phone: string) => {
        const res = await app.app.inject({
          method: 'GET',
          url: `/api/v1/sessions/cases/${fixture.caseId}/rooms`,
          headers: await app.bearer(phone),
        })
        return (res.json().items as Array<{ kind: string }>).map((r) => r.kind)
      }
      expect(await list(DEMO.resident)).toEqual(['joint', 'caucus'])
      expect(await list(DEMO.resident2)).toEqual(['joint'])
      const outsider = await app.app.inject({
        method: 'GET',
        url: `/api/v1/sessions/cases/${fixture.caseId}/rooms`,
        headers: await app.bearer(OUTSIDER_PHONE),
      })
      expect(outsider.statusCode).toBe(404)
    })
  })
})
