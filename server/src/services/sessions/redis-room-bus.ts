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

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    const options = { lazyConnect: false, maxRetriesPerRequest: 3 }
    this.publisher = new Redis(url, options)
    this.subscriber = new Redis(url, options)
    // ioredis reconnects by itself; failed commands reject to their callers, so the events only need a listener.
    this.publisher.on('error', () => undefined)
    this.subscriber.on('error', () => undefined)
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
      this.pending.set(roomId, this.subscriber.subscribe(channel))
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
