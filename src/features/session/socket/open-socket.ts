import { SOCKET_SUBPROTOCOL } from './protocol'
import Taro from '@tarojs/taro'

/** What the room connection needs from a socket, whichever platform API sits underneath. */
export interface RoomSocket {
  send(data: string): void
  close(code?: number, reason?: string): void
}

export interface SocketHandlers {
  onOpen(): void
  onMessage(data: string): void
  onClose(code: number, reason: string): void
}

export type OpenSocket = (url: string, accessToken: string, handlers: SocketHandlers) => RoomSocket

/** weapp: connectSocket can send headers, so the token travels as `Authorization: Bearer`. */
export const openTaroSocket: OpenSocket = (url, accessToken, handlers) => {
  let task: Taro.SocketTask | null = null
  let closedEarly: { code: number; reason: string } | null = null
  // connectSocket resolves its task asynchronously; frames sent before that are not possible by design
  // (the connection only sends after `ready`), but close() may come first.
  void Taro.connectSocket({
    url,
    header: { Authorization: `Bearer ${accessToken}` },
    protocols: [SOCKET_SUBPROTOCOL],
  }).then(
    (created) => {
      task = created
      if (closedEarly) return created.close(closedEarly)
      created.onOpen(() => handlers.onOpen())
      created.onMessage((result) => handlers.onMessage(String(result.data)))
      created.onClose((result) => handlers.onClose(result.code, result.reason))
      created.onError(() => undefined) // onClose follows with the code
    },
    () => handlers.onClose(1006, 'CONNECT_FAILED'),
  )
  return {
    send: (data) => void task?.send({ data }),
    close: (code = 1000, reason = 'bye') => {
      if (task) task.close({ code, reason })
      else closedEarly = { code, reason }
    },
  }
}

/** H5: browsers cannot set headers on a WebSocket, so the token is offered as a second subprotocol. */
export const openWebSocket: OpenSocket = (url, accessToken, handlers) => {
  const socket = new WebSocket(url, [SOCKET_SUBPROTOCOL, accessToken])
  socket.onopen = () => handlers.onOpen()
  socket.onmessage = (event) => handlers.onMessage(String(event.data))
  socket.onclose = (event) => handlers.onClose(event.code, event.reason)
  return {
    send: (data) => socket.readyState === WebSocket.OPEN && socket.send(data),
    close: (code = 1000, reason = 'bye') => socket.close(code, reason),
  }
}

/** ws(s):// URL of a room's socket from the API base (empty base in H5: this page's origin). */
export function roomSocketUrl(apiBase: string, roomId: string, origin: string): string {
  const base = (apiBase || origin).replace(/^http/, 'ws').replace(/\/$/, '')
  return `${base}/api/v1/sessions/rooms/${encodeURIComponent(roomId)}/socket`
}
