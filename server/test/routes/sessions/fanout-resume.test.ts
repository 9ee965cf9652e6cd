import type { SessionMessage } from '@contract/sessions'
import { DEMO } from '../../helpers/test-app'
import { createCase, SharedDatabase, type CaseFixture, type Instance } from './session-harness'
import { isReady, RoomClient } from './ws-client'

/** Deterministic PRNG (mulberry32), so a failing run can be replayed with the printed seed. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Two app instances on one database, fanning out through Redis: cross-instance delivery and resume. */
describe('sessions across two instances via Redis', () => {
  const shared = new SharedDatabase()
  let a: Instance
  let b: Instance
  let fixture: CaseFixture

  beforeAll(async () => {
    await shared.prepare()
    a = await shared.instance({ redis: true })
    b = await shared.instance({ redis: true })
    fixture = await createCase(a)
  })
  afterAll(() => shared.close())

  const join = async (instance: Instance, phone: string, afterSeq?: number) => {
    const client = RoomClient.connect(instance.socketUrl(fixture.jointRoomId), await instance.token(phone))
    const ready = await client.waitFor(isReady)
    client.send({ type: 'resume', afterSeq: afterSeq ?? ready.lastSeq })
    await client.waitFor((f) => f.type === 'resumed')
    return client
  }

  it('a message sent on A arrives on B, once, with presence and typing', async () => {
    const onB = await join(b, DEMO.mediator)
    const onA = await join(a, DEMO.resident)
    await onB.waitFor((f) => f.type === 'presence' && f.userId === fixture.users.applicant && f.online)
    onA.send({ type: 'typing' })
    await onB.waitFor((f) => f.type === 'typing' && f.userId === fixture.users.applicant)
    onA.send({ type: 'send', clientMsgId: 'cross-instance-1', kind: 'text', text: '我在A' })
    const got = await onB.waitFor((f) => f.type === 'message' && f.message.clientMsgId === 'cross-instance-1')
    onA.send({ type: 'send', clientMsgId: 'cross-instance-1', kind: 'text', text: '我在A' })
    await onA.waitFor((f) => f.type === 'ack' && f.duplicate)
    onB.send({ type: 'send', clientMsgId: 'cross-instance-2', kind: 'text', text: '我在B' })
    await onA.waitFor((f) => f.type === 'message' && f.message.clientMsgId === 'cross-instance-2')
    await onB.waitFor((f) => f.type === 'message' && f.message.clientMsgId === 'cross-instance-2')
    // The resend was published again, yet B shows the message once.
    expect(onB.messages().filter((m) => m.clientMsgId === 'cross-instance-1')).toHaveLength(1)
    expect(got.type === 'message' && got.message.text).toBe('我在A')
    await onA.close()
    await onB.close()
  })

  it('200 messages with random disconnects and resumes: nothing lost, nothing twice', async () => {
    const seed = Number(process.env.SESSIONS_TEST_SEED ?? Date.now() % 100000)
    const rnd = random(seed)
    const total = 200
    const start = (
      await a.app.inject({
        method: 'GET',
        url: `/api/v1/sessions/rooms/${fixture.jointRoomId}/messages?afterSeq=0&limit=1`,
        headers: await a.bearer(DEMO.mediator),
      })
    ).json().lastSeq as number

    // Receivers on both instances; each keeps the seqs it has seen and resumes from the last one.
    const received = new Map<string, SessionMessage[]>()
    const receivers = [
      { phone: DEMO.resident2, instances: [a, b] },
      { phone: DEMO.committeeAdmin, instances: [b, a] },
    ].map((r) => ({ ...r, client: null as RoomClient | null, log: [] as SessionMessage[] }))
    const connectReceiver = async (r: (typeof receivers)[number]) => {
      const last = r.log.length ? r.log[r.log.length - 1].seq : start
      const instance = r.instances[Math.floor(rnd() * 2)]
      r.client = RoomClient.connect(instance.socketUrl(fixture.jointRoomId), await instance.token(r.phone))
      r.client.socket.on('message', (data) => {
        const frame = JSON.parse(data.toString())
        if (frame.type === 'message') r.log.push(frame.message)
      })
      await r.client.waitFor(isReady)
      r.client.send({ type: 'resume', afterSeq: last })
    }
    for (const r of receivers) await connectReceiver(r)

    // The sender resends anything not acknowledged after each reconnect (the offline queue of the app).
    let sender = RoomClient.connect(a.socketUrl(fixture.jointRoomId), await a.token(DEMO.resident))
    await sender.waitFor(isReady)
    const acked = new Set<string>()
    const trackAcks = (client: RoomClient) =>
      client.socket.on('message', (data) => {
        const frame = JSON.parse(data.toString())
        if (frame.type === 'ack') acked.add(frame.clientMsgId)
      })
    trackAcks(sender)
    const ids = Array.from({ length: total }, (_, i) => `loop-${seed}-${i}`)
    for (let i = 0; i < total; i++) {
      sender.send({ type: 'send', clientMsgId: ids[i], kind: 'text', text: `消息${i}` })
      const roll = rnd()
      if (roll < 0.05) {
        sender.socket.terminate()
        await sender.waitClosed()
        sender = RoomClient.connect((rnd() < 0.5 ? a : b).socketUrl(fixture.jointRoomId), await a.token(DEMO.resident))
        trackAcks(sender)
        await sender.waitFor(isReady)
        for (const id of ids.slice(0, i + 1).filter((x) => !acked.has(x))) {
          sender.send({ type: 'send', clientMsgId: id, kind: 'text', text: `消息${ids.indexOf(id)}` })
        }
      } else if (roll < 0.12) {
        const r = receivers[Math.floor(rnd() * receivers.length)]
        if (rnd() < 0.5) r.client!.socket.terminate()
        else r.client!.socket.close()
        await r.client!.waitClosed()
        await connectReceiver(r)
      }
      if (rnd() < 0.3) await sleep(1)
    }
    const deadline = Date.now() + 15000
    while (acked.size < total && Date.now() < deadline) {
      await sleep(20)
    }
    expect(acked.size).toBe(total)

    const stored = await a.database.db
      .selectFrom('session_messages')
      .select(['seq', 'client_msg_id'])
      .where('room_id', '=', fixture.jointRoomId)
      .orderBy('seq')
      .execute()
    const lastSeq = stored[stored.length - 1].seq
    expect(stored.map((m) => Number(m.seq))).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1))
    const loopIds = stored.map((m) => m.client_msg_id).filter((id) => id?.startsWith(`loop-${seed}-`))
    expect(loopIds.sort()).toEqual([...ids].sort()) // each once, none lost

    for (const r of receivers) {
      const until = Date.now() + 10000
      while ((r.log.length ? r.log[r.log.length - 1].seq : 0) < lastSeq && Date.now() < until) await sleep(20)
      const seqs = r.log.map((m) => m.seq)
      const expected = Array.from({ length: seqs[seqs.length - 1] - start }, (_, i) => start + 1 + i)
      // Contiguous from the start, no duplicates, up to the last stored message (leaves may follow it).
      expect({ seed, phone: r.phone, seqs }).toEqual({ seed, phone: r.phone, seqs: expected })
      expect(seqs[seqs.length - 1]).toBeGreaterThanOrEqual(lastSeq)
      received.set(r.phone, r.log)
    }
    await sender.close()
    for (const r of receivers) await r.client!.close()
  }, 60000)
})
