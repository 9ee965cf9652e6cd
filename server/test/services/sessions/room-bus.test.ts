import { randomBytes } from 'node:crypto'
import Redis from 'ioredis'
import { InProcessRoomBus, type RoomBus, type RoomEvent } from '../../../src/services/sessions/room-bus'
import { RedisRoomBus } from '../../../src/services/sessions/redis-room-bus'

const REDIS_URL = 'redis://127.0.0.1:6379'
const typing = (userId: string): RoomEvent => ({ kind: 'typing', userId })

function collector() {
  const events: RoomEvent[] = []
  const waiters: Array<() => void> = []
  return {
    events,
    handler: (e: RoomEvent) => {
      events.push(e)
      waiters.splice(0).forEach((w) => w())
    },
    async waitForCount(n: number, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs
      while (events.length < n) {
        if (Date.now() > deadline) throw new Error(`got ${events.length} of ${n} events`)
        await new Promise<void>((r) => {
          waiters.push(r)
          setTimeout(r, 50)
        })
      }
    },
  }
}

/** The same contract for both buses; Redis instances stand for two API processes. */
describe.each([
  [
    'in-process',
    () => {
      const bus = new InProcessRoomBus()
      return [bus, bus] as RoomBus[]
    },
  ],
  [
    'redis',
    () => {
      const prefix = `test:${randomBytes(6).toString('hex')}:`
      return [new RedisRoomBus(REDIS_URL, prefix), new RedisRoomBus(REDIS_URL, prefix)]
    },
  ],
])('%s room bus', (_name, make) => {
  let publisher: RoomBus
  let listener: RoomBus
  beforeEach(() => {
    ;[publisher, listener] = make()
  })
  afterEach(async () => {
    await publisher.close()
    if (listener !== publisher) await listener.close()
  })

  it('delivers to every subscriber of the room, in publish order, and not to other rooms', async () => {
    const one = collector()
    const two = collector()
    const other = collector()
    await listener.subscribe('room-1', one.handler)
    await listener.subscribe('room-1', two.handler)
    await listener.subscribe('room-2', other.handler)
    for (let i = 0; i < 20; i++) await publisher.publish('room-1', typing(`u${i}`))
    await one.waitForCount(20)
    await two.waitForCount(20)
    expect(one.events).toEqual(Array.from({ length: 20 }, (_, i) => typing(`u${i}`)))
    expect(two.events).toEqual(one.events)
    expect(other.events).toEqual([])
  })

  it('stops delivering after unsubscribe, and keeps the room for the remaining subscriber', async () => {
    const gone = collector()
    const stays = collector()
    const unsubscribe = await listener.subscribe('room-1', gone.handler)
    await listener.subscribe('room-1', stays.handler)
    await unsubscribe()
    await publisher.publish('room-1', typing('after'))
    await stays.waitForCount(1)
    expect(gone.events).toEqual([])
  })

  it('resubscribes a room that was left and joined again', async () => {
    const first = collector()
    const second = collector()
    const unsubscribe = await listener.subscribe('room-9', first.handler)
    await unsubscribe()
    await listener.subscribe('room-9', second.handler)
    await publisher.publish('room-9', typing('again'))
    await second.waitForCount(1)
    expect(first.events).toEqual([])
  })
})

describe('redis room bus after a lost connection', () => {
  it('resubscribes and tells local listeners to catch up, since events published meanwhile are gone', async () => {
    const prefix = `test:${randomBytes(6).toString('hex')}:`
    const bus = new RedisRoomBus(REDIS_URL, prefix)
    const admin = new Redis(REDIS_URL)
    try {
      const got = collector()
      await bus.subscribe('room-1', got.handler)
      const clients = (await admin.client('LIST')) as string
      const line = clients.split('\n').find((l) => l.includes(` name=${prefix}sub `))!
      const id = /\bid=(\d+)/.exec(line)![1]
      await admin.client('KILL', 'ID', id)
      await got.waitForCount(1, 5000)
      expect(got.events[0]).toEqual({ kind: 'resync' })
      await admin.publish(`${prefix}room:room-1`, JSON.stringify(typing('after')))
      await got.waitForCount(2)
      expect(got.events[1]).toEqual(typing('after'))
    } finally {
      admin.disconnect()
      await bus.close()
    }
  })
})

describe('redis room bus on the publishing instance', () => {
  it('delivers its own events to local listeners at once and exactly once, and untagged to other instances', async () => {
    const prefix = `test:${randomBytes(6).toString('hex')}:`
    const here = new RedisRoomBus(REDIS_URL, prefix)
    const there = new RedisRoomBus(REDIS_URL, prefix)
    const admin = new Redis(REDIS_URL)
    try {
      const local = collector()
      const remote = collector()
      await here.subscribe('room-1', local.handler)
      await there.subscribe('room-1', remote.handler)
      const sent = Array.from({ length: 5 }, (_, i) => typing(`u${i}`))
      // Local listeners have it on the next tick, before a Redis round trip could have brought it back.
      const first = here.publish('room-1', sent[0])
      await new Promise((r) => setImmediate(r))
      expect(local.events).toEqual([sent[0]])
      await first
      for (const event of sent.slice(1)) await here.publish('room-1', event)
      await remote.waitForCount(5)
      expect(remote.events).toEqual(sent) // no instance tag leaks to listeners
      // Redis orders one channel: once the marker (published after the echoes) is here, every echo has been seen.
      await there.publish('room-1', typing('marker'))
      await local.waitForCount(6)
      await new Promise((r) => setTimeout(r, 100))
      expect(local.events).toEqual([...sent, typing('marker')])
      // An instance that does not tag its events (an older version) is still heard.
      await admin.publish(`${prefix}room:room-1`, JSON.stringify(typing('untagged')))
      await local.waitForCount(7)
      expect(local.events[6]).toEqual(typing('untagged'))
    } finally {
      admin.disconnect()
      await here.close()
      await there.close()
    }
  })
})
