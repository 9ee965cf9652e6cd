import type { ClientFrame, ServerFrame, SessionMessage } from '@contract/sessions'
import type { OpenSocket, SocketHandlers } from '@/features/session/socket/open-socket'

/** One socket the connection opened: what it sent, and a way to play the server's side. */
export class FakeSocket {
  sent: ClientFrame[] = []
  closed: { code: number; reason: string } | null = null
  constructor(
    readonly url: string,
    readonly token: string,
    private readonly handlers: SocketHandlers,
  ) {}

  send(data: string) {
    this.sent.push(JSON.parse(data) as ClientFrame)
  }
  close(code = 1000, reason = '') {
    this.closed = { code, reason }
  }
  serve(frame: ServerFrame) {
    this.handlers.onMessage(JSON.stringify(frame))
  }
  drop(code = 1006, reason = '') {
    this.handlers.onClose(code, reason)
  }
  framesOf<T extends ClientFrame['type']>(type: T) {
    return this.sent.filter((frame) => frame.type === type) as Extract<ClientFrame, { type: T }>[]
  }
}

export function fakeSockets() {
  const opened: FakeSocket[] = []
  const open: OpenSocket = (url, token, handlers) => {
    const socket = new FakeSocket(url, token, handlers)
    opened.push(socket)
    return socket
  }
  return { open, opened, latest: () => opened[opened.length - 1] }
}

export function textMessage(
  seq: number,
  text: string,
  senderUserId: string | null = 'u-2',
  clientMsgId: string | null = null,
) {
  const message: SessionMessage = {
    roomId: 'room-1',
    seq,
    senderUserId,
    clientMsgId,
    kind: 'text',
    text,
    fileId: null,
    durationSec: null,
    event: null,
    data: {},
    createdAt: `2026-11-26T04:${String(seq).padStart(2, '0')}:00.000Z`,
  }
  return message
}

export function systemMessage(seq: number, event: SessionMessage['event'], data: Record<string, unknown>) {
  return { ...textMessage(seq, '', null), kind: 'system' as const, text: null, event, data }
}

/** Manual timers: the test decides when time passes. */
export function manualTimers() {
  let next = 1
  const pending = new Map<number, { at: number; callback: () => void }>()
  let now = 0
  return {
    setTimeout: (callback: () => void, ms: number) => {
      const handle = next++
      pending.set(handle, { at: now + ms, callback })
      return handle
    },
    clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    advance(ms: number) {
      now += ms
      for (const [handle, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          pending.delete(handle)
          timer.callback()
        }
      }
    },
    count: () => pending.size,
  }
}
