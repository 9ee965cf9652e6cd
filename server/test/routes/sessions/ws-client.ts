import WebSocket from 'ws'
import type { ClientFrame, ServerFrame, SessionMessage } from '@contract/sessions'
import { SOCKET_SUBPROTOCOL } from '@contract/sessions'

export type AuthMode = 'subprotocol' | 'header' | 'query'

/** A test participant: a real `ws` socket that records every frame and can wait for one. */
export class RoomClient {
  readonly frames: ServerFrame[] = []
  closeCode: number | null = null
  closeReason = ''
  private waiters: Array<() => void> = []

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as ServerFrame)
      this.wake()
    })
    socket.on('close', (code, reason) => {
      this.closeCode = code
      this.closeReason = reason.toString()
      this.wake()
    })
    socket.on('error', () => undefined)
  }

  static connect(url: string, token: string | null, mode: AuthMode = 'subprotocol'): RoomClient {
    if (!token) return new RoomClient(new WebSocket(url))
    if (mode === 'subprotocol') return new RoomClient(new WebSocket(url, [SOCKET_SUBPROTOCOL, token]))
    if (mode === 'header') return new RoomClient(new WebSocket(url, { headers: { authorization: `Bearer ${token}` } }))
    return new RoomClient(new WebSocket(`${url}?token=${encodeURIComponent(token)}`))
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter()
  }

  send(frame: ClientFrame): void {
    this.socket.send(JSON.stringify(frame))
  }

  /** Resolves with the first recorded frame matching; rejects after the timeout or when the socket closes. */
  async waitFor<T extends ServerFrame>(match: (f: ServerFrame) => f is T, timeoutMs?: number): Promise<T>
  async waitFor(match: (f: ServerFrame) => boolean, timeoutMs?: number): Promise<ServerFrame>
  async waitFor(match: (f: ServerFrame) => boolean, timeoutMs = 5000): Promise<ServerFrame> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.frames.find(match)
      if (found) return found
      if (this.closeCode !== null) throw new Error(`socket closed ${this.closeCode} ${this.closeReason}`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error('timed out waiting for a frame')
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<number> {
    const deadline = Date.now() + timeoutMs
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('socket did not close')
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return this.closeCode
  }

  messages(): SessionMessage[] {
    return this.frames.flatMap((f) => (f.type === 'message' ? [f.message] : []))
  }

  async close(): Promise<void> {
    if (this.closeCode !== null) return
    this.socket.close()
    await this.waitClosed()
  }
}

export const isReady = (f: ServerFrame): f is Extract<ServerFrame, { type: 'ready' }> => f.type === 'ready'
