import { newId } from '../../../src/lib/ids'
import { DEMO } from '../../helpers/test-app'
import { createCase, SharedDatabase, type CaseFixture, type Instance } from './session-harness'
import { isReady, RoomClient } from './ws-client'

/** Sending, idempotency, history paging, validation, typing and read receipts on one instance. */
describe('session messaging', () => {
  const shared = new SharedDatabase()
  let app: Instance
  let fixture: CaseFixture

  beforeAll(async () => {
    await shared.prepare()
    app = await shared.instance()
    fixture = await createCase(app)
  })
  afterAll(() => shared.close())

  const post = async (phone: string, payload: Record<string, unknown>, roomId = fixture.jointRoomId) =>
    app.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/rooms/${roomId}/messages`,
      headers: await app.bearer(phone),
      payload,
    })
  const history = async (phone: string, query: string) =>
    app.app.inject({
      method: 'GET',
      url: `/api/v1/sessions/rooms/${fixture.jointRoomId}/messages?${query}`,
      headers: await app.bearer(phone),
    })
  const addFile = async (kind: string, caseId: string | null, uploadedBy: string) => {
    const id = newId()
    await app.database.db
      .insertInto('files')
      .values({
        id,
        storage_key: `k/${id}`,
        case_id: caseId,
        uploaded_by: uploadedBy,
        kind,
        content_type: kind === 'image' ? 'image/jpeg' : 'audio/mpeg',
        size: 10,
        sha256: '0'.repeat(64),
        original_name: null,
        created_at: new Date().toISOString(),
      })
      .execute()
    return id
  }

  it('stores a message with the next seq and returns the original on a resend', async () => {
    const first = await post(DEMO.resident, {
      clientMsgId: 'client-msg-0001',
      kind: 'text',
      text: '  老板欠我三个月工资  ',
    })
    expect(first.statusCode).toBe(200)
    const { message, duplicate } = first.json()
    expect(duplicate).toBe(false)
    expect(message).toMatchObject({ kind: 'text', text: '老板欠我三个月工资', senderUserId: fixture.users.applicant })
    const resend = await post(DEMO.resident, {
      clientMsgId: 'client-msg-0001',
      kind: 'text',
      text: '老板欠我三个月工资',
    })
    expect(resend.json()).toEqual({ message, duplicate: true })
    // The same client id from another sender is another message.
    const other = await post(DEMO.resident2, { clientMsgId: 'client-msg-0001', kind: 'text', text: '我没有欠' })
    expect(other.json().message.seq).toBe(message.seq + 1)
    const stored = await app.database.db
      .selectFrom('session_messages')
      .select('seq')
      .where('room_id', '=', fixture.jointRoomId)
      .where('client_msg_id', '=', 'client-msg-0001')
      .execute()
    expect(stored).toHaveLength(2)
  })

  it('assigns gap-free seqs to concurrent senders and stores concurrent resends once', async () => {
    const before = (await history(DEMO.mediator, 'afterSeq=0&limit=1')).json().lastSeq as number
    const sends = Array.from({ length: 30 }, (_, i) =>
      post(i % 2 ? DEMO.resident : DEMO.mediator, {
        clientMsgId: `concurrent-${i % 10}`,
        kind: 'text',
        text: `第${i}条`,
      }),
    )
    const results = (await Promise.all(sends)).map((r) => r.json())
    const fresh = results.filter((r) => !r.duplicate)
    expect(fresh).toHaveLength(10) // 5 distinct ids per sender
    const seqs = fresh.map((r) => r.message.seq).sort((a: number, b: number) => a - b)
    expect(seqs).toEqual(Array.from({ length: 10 }, (_, i) => before + 1 + i))
    for (const r of results.filter((x) => x.duplicate)) {
      expect(
        fresh.some((f) => f.message.seq === r.message.seq && f.message.clientMsgId === r.message.clientMsgId),
      ).toBe(true)
    }
  })

  it('pages history forwards and backwards by seq', async () => {
    const all = (await history(DEMO.resident2, 'afterSeq=0&limit=200')).json()
    const seqs = all.items.map((m: { seq: number }) => m.seq)
    expect(seqs).toEqual(Array.from({ length: all.lastSeq }, (_, i) => i + 1))
    const page = (await history(DEMO.resident2, 'afterSeq=3&limit=4')).json()
    expect(page.items.map((m: { seq: number }) => m.seq)).toEqual([4, 5, 6, 7])
    const back = (await history(DEMO.resident2, `beforeSeq=${all.lastSeq}&limit=3`)).json()
    expect(back.items.map((m: { seq: number }) => m.seq)).toEqual([all.lastSeq - 3, all.lastSeq - 2, all.lastSeq - 1])
    const both = await history(DEMO.resident2, 'afterSeq=1&beforeSeq=3')
    expect(both.statusCode).toBe(400)
    expect(both.json().code).toBe('HISTORY_QUERY_INVALID')
    const outsider = await history(DEMO.police, 'afterSeq=0')
    expect(outsider.statusCode).toBe(404)
    expect(outsider.json().code).toBe('ROOM_NOT_FOUND')
  })

  it('rejects bad messages with a code and the field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ clientMsgId: 'bad-00001', kind: 'text', text: '   ' }, 'MESSAGE_TEXT_REQUIRED', 'text'],
      [{ clientMsgId: 'bad-00002', kind: 'image' }, 'MESSAGE_FILE_REQUIRED', 'fileId'],
      [{ clientMsgId: 'bad-00003', kind: 'voice', fileId: 'x' }, 'VOICE_DURATION_REQUIRED', 'durationSec'],
      [{ clientMsgId: 'bad-00004', kind: 'image', fileId: 'no-such-file' }, 'FILE_NOT_FOUND', 'fileId'],
      [{ clientMsgId: 'short', kind: 'text', text: 'x' }, 'VALIDATION_FAILED', 'clientMsgId'],
    ]
    for (const [payload, code, field] of cases) {
      const res = await post(DEMO.resident, payload)
      expect(res.statusCode).toBe(400)
      expect(res.json().code).toBe(code)
      expect(JSON.stringify(res.json().details)).toContain(field)
    }
    const foreign = await addFile('image', null, fixture.users.respondent)
    expect((await post(DEMO.resident, { clientMsgId: 'bad-00005', kind: 'image', fileId: foreign })).json().code).toBe(
      'FILE_NOT_FOUND',
    )
    const audio = await addFile('audio', fixture.caseId, fixture.users.applicant)
    expect((await post(DEMO.resident, { clientMsgId: 'bad-00006', kind: 'image', fileId: audio })).json().code).toBe(
      'FILE_KIND_MISMATCH',
    )
    const voice = await post(DEMO.resident, {
      clientMsgId: 'voice-0001',
      kind: 'voice',
      fileId: audio,
      durationSec: 12,
    })
    expect(voice.json().message).toMatchObject({ kind: 'voice', fileId: audio, durationSec: 12, text: null })
  })

  it('relays sends, typing and read receipts over sockets; typing is not stored', async () => {
    const mediator = RoomClient.connect(app.socketUrl(fixture.jointRoomId), await app.token(DEMO.mediator))
    const party = RoomClient.connect(app.socketUrl(fixture.jointRoomId), await app.token(DEMO.resident))
    const lastSeq = (await mediator.waitFor(isReady)).lastSeq
    await party.waitFor(isReady)
    mediator.send({ type: 'resume', afterSeq: lastSeq })
    party.send({ type: 'resume', afterSeq: lastSeq })
    await mediator.waitFor((f) => f.type === 'resumed')
    const before = await app.database.db.selectFrom('session_messages').select('seq').execute()

    party.send({ type: 'typing' })
    await mediator.waitFor((f) => f.type === 'typing' && f.userId === fixture.users.applicant)
    party.send({ type: 'send', clientMsgId: 'socket-msg-01', kind: 'text', text: '您好' })
    const ack = await party.waitFor((f) => f.type === 'ack')
    const got = await mediator.waitFor((f) => f.type === 'message' && f.message.clientMsgId === 'socket-msg-01')
    expect(ack).toMatchObject({ duplicate: false, seq: got.type === 'message' ? got.message.seq : -1 })
    party.send({ type: 'send', clientMsgId: 'socket-msg-01', kind: 'text', text: '您好' })
    await party.waitFor((f) => f.type === 'ack' && f.duplicate)
    party.send({ type: 'send', clientMsgId: 'socket-msg-02', kind: 'text', text: '' })
    expect(await party.waitFor((f) => f.type === 'error')).toMatchObject({
      code: 'MESSAGE_TEXT_REQUIRED',
      field: 'text',
      clientMsgId: 'socket-msg-02',
    })
    party.send({ type: 'read', afterSeq: 1 } as never)
    expect(await party.waitFor((f) => f.type === 'error' && f.code === 'FRAME_INVALID')).toBeTruthy()

    const seq = ack.type === 'ack' ? ack.seq : 0
    mediator.send({ type: 'read', seq: seq + 1000 })
    const receipt = await party.waitFor((f) => f.type === 'read' && f.userId === fixture.users.mediator)
    expect(receipt).toEqual({ type: 'read', userId: fixture.users.mediator, seq }) // capped at the last seq
    mediator.send({ type: 'read', seq: 1 })
    await mediator.waitFor((f) => f.type === 'read' && f.seq === seq && f.userId === fixture.users.mediator)
    const rooms = await app.app.inject({
      method: 'GET',
      url: `/api/v1/sessions/cases/${fixture.caseId}/rooms`,
      headers: await app.bearer(DEMO.mediator),
    })
    expect(rooms.json().items[0].myLastReadSeq).toBe(seq) // never moves back

    const after = await app.database.db.selectFrom('session_messages').select('seq').execute()
    expect(after.length - before.length).toBe(1) // the text; typing and receipts are not messages
    await party.close()
    await mediator.close()
  })

  it('treats a resume point past the end of the room as the end, so later messages still arrive', async () => {
    const client = RoomClient.connect(app.socketUrl(fixture.jointRoomId), await app.token(DEMO.resident2))
    await client.waitFor(isReady)
    client.send({ type: 'resume', afterSeq: 1_000_000 })
    await client.waitFor((f) => f.type === 'resumed')
    await post(DEMO.mediator, { clientMsgId: 'after-stale-resume', kind: 'text', text: '请双方陈述' })
    await client.waitFor((f) => f.type === 'message' && f.message.clientMsgId === 'after-stale-resume')
    await client.close()
  })
})
