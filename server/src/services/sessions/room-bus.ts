import type { SessionMessage } from '@contract/sessions'

/** What travels between instances for a room. Only `message` events are stored; the rest are ephemeral. */
export type RoomEvent =
  | { kind: 'message'; message: SessionMessage }
  | { kind: 'typing'; userId: string }
  | { kind: 'presence'; userId: string; online: boolean }
  | { kind: 'read'; userId: string; seq: number }
  | { kind: 'resync' } // local only: the bus may have lost events, listeners re-read the database

export type RoomEventHandler = (event: RoomEvent) => void
export type Unsubscribe = () => Promise<void>

/**
 * Fan-out of room events to every connection, on this instance or others. Delivery is best effort and may
 * reorder: connections repair order and gaps from the database by seq, so the bus never has to be reliable.
 */
export interface RoomBus {
  publish(roomId: string, event: RoomEvent): Promise<void>
  /** Resolves once the subscription is active, so nothing published afterwards is missed. */
  subscribe(roomId: string, handler: RoomEventHandler): Promise<Unsubscribe>
  close(): Promise<void>
}

/** Handlers per room, shared by both implementations. */
export class RoomHandlers {
  private readonly rooms = new Map<string, Set<RoomEventHandler>>()

  /** Returns true when this is the room's first handler (the caller then subscribes upstream). */
  add(roomId: string, handler: RoomEventHandler): boolean {
    let set = this.rooms.get(roomId)
    const first = !set
    if (!set) this.rooms.set(roomId, (set = new Set()))
    set.add(handler)
    return first
  }

  /** Returns true when the room has no handler left (the caller then unsubscribes upstream). */
  remove(roomId: string, handler: RoomEventHandler): boolean {
    const set = this.rooms.get(roomId)
    if (!set) return false
    set.delete(handler)
    if (set.size > 0) return false
    this.rooms.delete(roomId)
    return true
  }

  has(roomId: string): boolean {
    return this.rooms.has(roomId)
  }

  deliver(roomId: string, event: RoomEvent): void {
    for (const handler of this.rooms.get(roomId) ?? []) handler(event)
  }

  deliverAll(event: RoomEvent): void {
    for (const roomId of [...this.rooms.keys()]) this.deliver(roomId, event)
  }

  clear(): void {
    this.rooms.clear()
  }
}

/** Single-instance fan-out (no REDIS_URL). Delivers on a later tick, like a network bus would. */
export class InProcessRoomBus implements RoomBus {
  private readonly handlers = new RoomHandlers()

  async publish(roomId: string, event: RoomEvent): Promise<void> {
    setImmediate(() => this.handlers.deliver(roomId, event))
  }

  async subscribe(roomId: string, handler: RoomEventHandler): Promise<Unsubscribe> {
    this.handlers.add(roomId, handler)
    return async () => {
      this.handlers.remove(roomId, handler)
    }
  }

  async close(): Promise<void> {
    this.handlers.clear()
  }
}
