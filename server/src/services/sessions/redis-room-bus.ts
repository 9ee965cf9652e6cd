import Redis from 'ioredis'
import type { RoomBus, RoomEvent, RoomEventHandler, Unsubscribe } from './room-bus'
import { RoomHandlers } from './room-bus'

/**
 * Fan-out through Redis pub/sub, one channel per room (`<prefix>room:<id>`), so parties connected to different
 * API instances see each other. One publishing and one subscribing connection per instance; a room channel is
 * subscribed while at least one local connection is in the room. Events published here come back through
 * Redis like anyone else's, so local and remote listeners see the same order.
 */
export class RedisRoomBus implements RoomBus {
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly handlers = new RoomHandlers()
  private readonly pending = new Map<string, Promise<unknown>>()
  private closed = false
  private readonly ready: Promise<void>

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
      let event: RoomEvent
      try {
        event = JSON.parse(payload) as RoomEvent
      } catch {
        return
      }
      this.handlers.deliver(channel.slice(this.channelPrefix.length), event)
    })
  }

  private get channelPrefix(): string {
    return `${this.prefix}room:`
  }

  async publish(roomId: string, event: RoomEvent): Promise<void> {
    if (this.closed) return
    await this.publisher.publish(this.channelPrefix + roomId, JSON.stringify(event))
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
