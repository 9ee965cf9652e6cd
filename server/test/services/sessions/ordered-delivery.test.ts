import type { SessionMessage } from '@contract/sessions'
import { OrderedDelivery } from '../../../src/services/sessions/ordered-delivery'

const message = (seq: number): SessionMessage => ({
  roomId: 'r',
  seq,
  senderUserId: 'u',
  clientMsgId: null,
  kind: 'text',
  text: `m${seq}`,
  fileId: null,
  durationSec: null,
  event: null,
  data: {},
  createdAt: '2026-11-26T00:00:00.000Z',
})

/** A fake room store whose reads can be held back, to force live events to race the backlog. */
function setup(storedUpTo: number) {
  const stored = Array.from({ length: storedUpTo }, (_, i) => message(i + 1))
  const emitted: number[] = []
  const errors: unknown[] = []
  let gate: Promise<void> = Promise.resolve()
  let fetches = 0
  const delivery = new OrderedDelivery(
    async (afterSeq, limit) => {
      fetches++
      await gate
      return stored.filter((m) => m.seq > afterSeq).slice(0, limit)
    },
    (m) => emitted.push(m.seq),
    (e) => errors.push(e),
  )
  return {
    delivery,
    emitted,
    errors,
    store: (seq: number) => stored.push(message(seq)),
    hold: () => {
      let release!: () => void
      gate = new Promise((r) => (release = r))
      return () => {
        gate = Promise.resolve()
        release()
      }
    },
    fetches: () => fetches,
  }
}

const settle = () => new Promise((r) => setImmediate(r))

describe('OrderedDelivery', () => {
  it('ignores live events before resume, then sends the backlog from the resume point', async () => {
    const t = setup(5)
    t.delivery.live(message(5))
    expect(await t.delivery.resume(2)).toBe(5)
    expect(t.emitted).toEqual([3, 4, 5])
  })

  it('buffers live events that arrive while the backlog is read, without duplicates', async () => {
    const t = setup(3)
    const release = t.hold()
    const resumed = t.delivery.resume(0)
    t.store(4)
    t.delivery.live(message(3)) // already part of the backlog
    t.delivery.live(message(4))
    release()
    await resumed
    await settle()
    expect(t.emitted).toEqual([1, 2, 3, 4])
  })

  it('fills a gap from the store when events arrive out of order', async () => {
    const t = setup(2)
    await t.delivery.resume(2)
    t.store(3)
    t.store(4)
    t.delivery.live(message(4)) // 3 was published by another instance and is still on its way
    t.delivery.live(message(3))
    await settle()
    await settle()
    expect(t.emitted).toEqual([3, 4])
  })

  it('drops repeated events and sends the live one directly when it is next', async () => {
    const t = setup(1)
    await t.delivery.resume(1)
    const fetchesAfterResume = t.fetches()
    t.store(2)
    t.delivery.live(message(2))
    t.delivery.live(message(2))
    await settle()
    expect(t.emitted).toEqual([2])
    expect(t.fetches()).toBe(fetchesAfterResume)
    expect(t.delivery.lastSentSeq).toBe(2)
  })

  it('catches up from the store when told the bus may have lost events', async () => {
    const t = setup(2)
    await t.delivery.resume(2)
    t.store(3) // published while the bus was down: never arrives live
    t.delivery.catchUp()
    await settle()
    expect(t.emitted).toEqual([3])
  })

  it('pages through a long backlog', async () => {
    const t = setup(450)
    expect(await t.delivery.resume(0)).toBe(450)
    expect(t.emitted).toEqual(Array.from({ length: 450 }, (_, i) => i + 1))
  })

  it('reports a hole in the store instead of skipping it', async () => {
    const t = setup(3)
    await t.delivery.resume(3)
    t.store(5) // 4 missing: must never happen, but must not go unnoticed
    t.delivery.live(message(5))
    await settle()
    await settle()
    expect(t.emitted).toEqual([])
    expect(t.errors).toHaveLength(1)
  })
})
