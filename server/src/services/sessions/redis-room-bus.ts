import { randomUUID } from 'node:crypto'
import Redis from 'ioredis'
import type { RoomBus, RoomEvent, RoomEventHandler, Unsubscribe } from './room-bus'
import { RoomHandlers } from './room-bus'

/** A room event as published; `origin` is extra, so instances without it still read the event. */
type WireEvent = RoomEvent & { origin?: string }

/**
 * Fan-out through Redis pub/sub, one channel per room (`<prefix>room:<id>`), so parties connected to different
 * API instances see each other. One publishing and one subscribing connection per instance; a room channel is
 * subscribed while at least one local connection is in the room. Listeners on the publishing instance get its
 * events straight away, without the Redis round trip; the echo from Redis (tagged with this instance's origin)
 * is skipped. So two instances may see events in different orders, which the bus contract allows: connections
 * order messages by seq (OrderedDelivery) and the other events are ephemeral.
 */
export class RedisRoomBus implements RoomBus {
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly handlers = new RoomHandlers()
  private readonly pending = new Map<string, Promise<unknown>>()
  private closed = false
  private readonly ready: Promise<void>
  /** Tags this instance's events on the wire, so their echo is recognised. */
  private readonly origin = randomUUID()

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    // Named connections (`<prefix>pub` / `<prefix>sub`) are easy to find in CLIENT LIST.
    const options = { lazyConnect: false, maxRetriesPerRequest: 3 }
    this.publisher = new Redis(url, { ...options, connectionName: `${prefix}pub` })
    this.subscriber = new Redis(url, { ...options, connectionName: `${prefix}sub` })
    // ioredis reconnects by itself; failed commands reject to their callers, so the events only need a listener.
    this.publisher.on('error', () => undefined)
    this.subscriber.on('error', () => undefined)
    this.ready = new Promise((resolve) => this.subscriber.once('ready', () => resolve()))
    // After a reconnect (ioredis resubscribes by itself) events published during the outage are gone: tell every
    // local listener to catch up from the database.
    let connectedBefore = false
    this.subscriber.on('ready', () => {
      if (connectedBefore) this.handlers.deliverAll({ kind: 'resync' })
      connectedBefore = true
    })
    this.subscriber.on('message', (channel: string, payload: string) => {
      if (!channel.startsWith(this.channelPrefix)) return
      let wire: WireEvent
      try {
        wire = JSON.parse(payload) as WireEvent
      } catch {
        return
      }
      if (wire.origin === this.origin) return // delivered locally at publish time
      const { origin: _origin, ...event } = wire
      this.handlers.deliver(channel.slice(this.channelPrefix.length), event as RoomEvent)
    })
  }

  private get channelPrefix(): string {
    return `${this.prefix}room:`
  }

  async publish(roomId: string, event: RoomEvent): Promise<void> {
    if (this.closed) return
    // On a later tick, as from a network bus: callers never see their own listeners run inside publish().
    if (this.handlers.has(roomId)) setImmediate(() => this.handlers.deliver(roomId, event))
    const wire: WireEvent = { ...event, origin: this.origin }
    await this.publisher.publish(this.channelPrefix + roomId, JSON.stringify(wire))
  }

  async subscribe(roomId: string, handler: RoomEventHandler): Promise<Unsubscribe> {
    const channel = this.channelPrefix + roomId
    if (this.handlers.add(roomId, handler)) {
      // Not before the connection is ready: a SUBSCRIBE sent during ioredis' ready check (INFO) makes that
      // check fail in subscriber mode, and the reconnect that follows loses whatever was published meanwhile.
      this.pending.set(
        roomId,
        this.ready.then(() => this.subscriber.subscribe(channel)),
      )
    }
    // Every subscriber waits for the SUBSCRIBE acknowledgement, not only the first.
    await this.pending.get(roomId)
    return async () => {
      if (this.handlers.remove(roomId, handler)) {
        this.pending.delete(roomId)
        // Commands on one connection run in order: a re-join's SUBSCRIBE, sent later, wins.
        await this.subscriber.unsubscribe(channel).catch(() => undefined)
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true
    this.handlers.clear()
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()])
  }
}
