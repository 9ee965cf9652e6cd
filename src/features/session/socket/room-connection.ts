import type { ClientFrame, ServerFrame } from '@contract/sessions'
import type { OpenSocket, RoomSocket } from './open-socket'
import { SOCKET_CLOSE_CODES } from './protocol'
import { applyFrame, INITIAL_ROOM_STATE, requeueInFlight, type OutgoingFrame, type RoomState } from './room-state'

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface RoomConnectionOptions {
  url: string
  openSocket: OpenSocket
  /** A currently valid access token (refreshing it first when stale); null when the session is over. */
  accessToken(forceRefresh: boolean): Promise<string | null>
  newClientMsgId(): string
  timers?: Timers
}

const TYPING_SHOWN_MS = 4000
const TYPING_THROTTLE_MS = 2500
const PING_TIMEOUT_MS = 5000
const MAX_BACKOFF_MS = 30_000

const DENIED_MESSAGES: Record<number, string> = {
  [SOCKET_CLOSE_CODES.unauthorized]: '登录已过期，请重新登录后进入调解室',
  [SOCKET_CLOSE_CODES.notFound]: '调解室不存在，或您不是本调解室的成员',
}

/**
 * One room's live connection: resumes from the last seq it holds after any drop, keeps each seq once,
 * and holds typed messages in a queue (with their clientMsgId) until the server acknowledges them.
 */
export class RoomConnection {
  private state: RoomState = INITIAL_ROOM_STATE
  private socket: RoomSocket | null = null
  private listeners = new Set<(state: RoomState) => void>()
  private retryHandle: unknown = null
  private pingHandle: unknown = null
  private typingHandles = new Map<string, unknown>()
  private attempts = 0
  private lastTypingSent = 0
  private refreshedAfterDenial = false
  private stopped = false
  /** Bumped per connect, so a slow token lookup from an older attempt cannot open a second socket. */
  private generation = 0
  private readonly timers: Timers

  constructor(private readonly options: RoomConnectionOptions) {
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    }
  }

  getState = (): RoomState => this.state

  subscribe = (listener: (state: RoomState) => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  connect(forceRefresh = false): void {
    this.stopped = false
    this.cancelRetry()
    this.dropSocket()
    this.update({ ...requeueInFlight(this.state), status: 'connecting' })
    const generation = ++this.generation
    void this.options.accessToken(forceRefresh).then((token) => {
      if (this.stopped || generation !== this.generation) return
      if (!token) return this.update({ ...this.state, status: 'denied', notice: DENIED_MESSAGES[4401] })
      let socket: RoomSocket | null = null
      socket = this.options.openSocket(this.options.url, token, {
        onOpen: () => undefined,
        onMessage: (data) => socket === this.socket && this.onFrame(data),
        onClose: (code) => socket === this.socket && this.onClose(code),
      })
      this.socket = socket
    })
  }

  /** Network back, app back in front: reconnect now if down; if it looks up, make sure with a ping. */
  wake(): void {
    if (this.stopped || this.state.status === 'denied') return
    if (this.state.status === 'offline') return this.connect()
    if (this.state.status !== 'live') return
    this.write({ type: 'ping' })
    this.timers.clearTimeout(this.pingHandle)
    this.pingHandle = this.timers.setTimeout(() => this.connect(), PING_TIMEOUT_MS)
  }

  /** The network is gone: stop waiting on a socket that cannot deliver. */
  lostNetwork(): void {
    if (this.stopped || this.state.status === 'denied') return
    this.dropSocket()
    this.cancelRetry()
    this.update({ ...requeueInFlight(this.state), status: 'offline' })
  }

  sendText(text: string): void {
    const trimmed = text.trim()
    if (trimmed !== '') this.enqueue({ kind: 'text', text: trimmed })
  }

  sendFile(kind: 'image' | 'voice', fileId: string, durationSec?: number): void {
    this.enqueue({ kind, fileId, ...(durationSec ? { durationSec } : {}) })
  }

  /** A failed message (e.g. refused as too long) is sent again only when the user asks. */
  retry(clientMsgId: string): void {
    this.update({
      ...this.state,
      pending: this.state.pending.map((item) =>
        item.frame.clientMsgId === clientMsgId ? { ...item, state: 'queued', error: null } : item,
      ),
    })
    this.flush()
  }

  discard(clientMsgId: string): void {
    this.update({ ...this.state, pending: this.state.pending.filter((p) => p.frame.clientMsgId !== clientMsgId) })
  }

  typing(now = Date.now()): void {
    if (this.state.status !== 'live' || now - this.lastTypingSent < TYPING_THROTTLE_MS) return
    this.lastTypingSent = now
    this.write({ type: 'typing' })
  }

  markRead(seq: number): void {
    if (this.state.status === 'live' && seq > 0) this.write({ type: 'read', seq })
  }

  close(): void {
    this.stopped = true
    this.cancelRetry()
    this.timers.clearTimeout(this.pingHandle)
    for (const handle of this.typingHandles.values()) this.timers.clearTimeout(handle)
    this.dropSocket()
    this.update({ ...this.state, status: 'closed' })
  }

  private enqueue(body: Omit<OutgoingFrame, 'type' | 'clientMsgId'>): void {
    const frame: OutgoingFrame = { type: 'send', clientMsgId: this.options.newClientMsgId(), ...body }
    this.update({ ...this.state, pending: [...this.state.pending, { frame, state: 'queued', error: null }] })
    this.flush()
  }

  private flush(): void {
    if (this.state.status !== 'live') return
    const queued = this.state.pending.filter((item) => item.state === 'queued')
    if (queued.length === 0) return
    for (const item of queued) this.write(item.frame)
    this.update({
      ...this.state,
      pending: this.state.pending.map((item) => (item.state === 'queued' ? { ...item, state: 'sending' } : item)),
    })
  }

  private onFrame(data: string): void {
    let frame: ServerFrame
    try {
      frame = JSON.parse(data) as ServerFrame
    } catch {
      return
    }
    if (frame.type === 'pong') return this.timers.clearTimeout(this.pingHandle)
    this.update(applyFrame(this.state, frame))
    if (frame.type === 'ready') this.write({ type: 'resume', afterSeq: this.state.lastSeq })
    if (frame.type === 'resumed') {
      this.attempts = 0
      this.refreshedAfterDenial = false
      this.flush()
    }
    if (frame.type === 'typing') this.expireTyping(frame.userId)
  }

  private onClose(code: number): void {
    this.socket = null
    if (this.stopped) return
    if (code === SOCKET_CLOSE_CODES.unauthorized && !this.refreshedAfterDenial) {
      // The access token expired while we were away: refresh once and try again.
      this.refreshedAfterDenial = true
      return this.connect(true)
    }
    if (code === SOCKET_CLOSE_CODES.unauthorized || code === SOCKET_CLOSE_CODES.notFound) {
      return this.update({ ...requeueInFlight(this.state), status: 'denied', notice: DENIED_MESSAGES[code] })
    }
    this.update({ ...requeueInFlight(this.state), status: 'offline' })
    const delay = Math.min(1000 * 2 ** this.attempts, MAX_BACKOFF_MS)
    this.attempts += 1
    this.retryHandle = this.timers.setTimeout(() => this.connect(), delay)
  }

  private expireTyping(userId: string): void {
    this.timers.clearTimeout(this.typingHandles.get(userId))
    const handle = this.timers.setTimeout(() => {
      this.typingHandles.delete(userId)
      this.update({ ...this.state, typing: this.state.typing.filter((id) => id !== userId) })
    }, TYPING_SHOWN_MS)
    this.typingHandles.set(userId, handle)
  }

  private write(frame: ClientFrame): void {
    this.socket?.send(JSON.stringify(frame))
  }

  private dropSocket(): void {
    this.generation += 1
    const socket = this.socket
    this.socket = null
    socket?.close(1000, 'reconnect')
  }

  private cancelRetry(): void {
    this.timers.clearTimeout(this.retryHandle)
    this.retryHandle = null
  }

  private update(next: RoomState): void {
    if (next === this.state) return
    this.state = next
    for (const listener of this.listeners) listener(next)
  }
}
