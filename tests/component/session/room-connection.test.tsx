import { RoomConnection } from '@/features/session/socket/room-connection'
import { fakeSockets, manualTimers, textMessage } from './fake-room-socket'

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function setup(tokens: Array<string | null> = ['access-1', 'access-2', 'access-3', 'access-4']) {
  const sockets = fakeSockets()
  const timers = manualTimers()
  const tokenCalls: boolean[] = []
  let id = 0
  const connection = new RoomConnection({
    url: 'ws://api.test/api/v1/sessions/rooms/room-1/socket',
    openSocket: sockets.open,
    accessToken: async (force) => {
      tokenCalls.push(force)
      return tokens[Math.min(tokenCalls.length - 1, tokens.length - 1)]
    },
    newClientMsgId: () => `client-msg-${++id}`,
    timers,
  })
  return { connection, sockets, timers, tokenCalls }
}

async function goLive(setupResult: ReturnType<typeof setup>, lastSeq = 0) {
  await flush()
  const socket = setupResult.sockets.latest()
  socket.serve({ type: 'ready', roomId: 'room-1', caseId: 'case-1', kind: 'joint', lastSeq, reads: [] })
  return socket
}

describe('room connection', () => {
  it('resumes from 0, keeps each seq once and in order, and resumes from the last held seq after a drop', async () => {
    const room = setup()
    room.connection.connect()
    const first = await goLive(room, 3)
    expect(first.token).toBe('access-1')
    expect(first.framesOf('resume')).toEqual([{ type: 'resume', afterSeq: 0 }])
    first.serve({ type: 'message', message: textMessage(2, '二') })
    first.serve({ type: 'message', message: textMessage(1, '一') })
    first.serve({ type: 'message', message: textMessage(2, '二（重复）') })
    first.serve({ type: 'message', message: textMessage(3, '三') })
    first.serve({ type: 'resumed', lastSeq: 3 })
    expect(room.connection.getState().status).toBe('live')
    expect(room.connection.getState().messages.map((m) => m.text)).toEqual(['一', '二', '三'])
    expect(room.connection.getState().lastSeq).toBe(3)

    first.drop(1006)
    expect(room.connection.getState().status).toBe('offline')
    room.timers.advance(1000)
    const second = await goLive(room, 5)
    expect(room.sockets.opened).toHaveLength(2)
    expect(second.framesOf('resume')).toEqual([{ type: 'resume', afterSeq: 3 }])
    // The server replays from 4; a live copy of 3 that was in flight is ignored.
    second.serve({ type: 'message', message: textMessage(3, '三') })
    second.serve({ type: 'message', message: textMessage(4, '四') })
    second.serve({ type: 'message', message: textMessage(5, '五') })
    second.serve({ type: 'resumed', lastSeq: 5 })
    expect(room.connection.getState().messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5])
  })

  it('holds a message that arrives past a gap but resumes from below the gap', async () => {
    const room = setup()
    room.connection.connect()
    const first = await goLive(room)
    first.serve({ type: 'message', message: textMessage(1, '一') })
    first.serve({ type: 'message', message: textMessage(3, '三') })
    expect(room.connection.getState().lastSeq).toBe(1)
    first.drop()
    room.timers.advance(1000)
    const second = await goLive(room, 3)
    expect(second.framesOf('resume')).toEqual([{ type: 'resume', afterSeq: 1 }])
    second.serve({ type: 'message', message: textMessage(2, '二') })
    second.serve({ type: 'message', message: textMessage(3, '三') })
    expect(room.connection.getState().messages.map((m) => m.text)).toEqual(['一', '二', '三'])
    expect(room.connection.getState().lastSeq).toBe(3)
  })

  it('queues messages typed offline and sends them once, with the same clientMsgId, after reconnecting', async () => {
    const room = setup()
    room.connection.connect()
    const first = await goLive(room)
    first.serve({ type: 'resumed', lastSeq: 0 })
    room.connection.sendText('在线发的')
    expect(first.framesOf('send')).toEqual([
      { type: 'send', clientMsgId: 'client-msg-1', kind: 'text', text: '在线发的' },
    ])
    // Dropped before the ack: the frame may or may not have been stored.
    first.drop()
    room.connection.sendText('  离线时打的字  ')
    room.connection.sendText('   ')
    expect(room.connection.getState().pending.map((p) => [p.frame.clientMsgId, p.state])).toEqual([
      ['client-msg-1', 'queued'],
      ['client-msg-2', 'queued'],
    ])

    room.connection.wake() // network back: no need to wait for the backoff
    const second = await goLive(room)
    expect(second.framesOf('send')).toEqual([]) // nothing before the resume completes
    second.serve({ type: 'message', message: textMessage(1, '在线发的', 'u-1', 'client-msg-1') })
    second.serve({ type: 'resumed', lastSeq: 1 })
    expect(second.framesOf('send')).toEqual([
      { type: 'send', clientMsgId: 'client-msg-2', kind: 'text', text: '离线时打的字' },
    ])
    second.serve({ type: 'ack', clientMsgId: 'client-msg-2', seq: 2, duplicate: false })
    expect(room.connection.getState().pending).toHaveLength(1) // shown until its message arrives
    second.serve({ type: 'message', message: textMessage(2, '离线时打的字', 'u-1', 'client-msg-2') })
    expect(room.connection.getState().pending).toEqual([])
    expect(room.connection.getState().messages.map((m) => m.text)).toEqual(['在线发的', '离线时打的字'])
    expect(room.timers.count()).toBe(0) // the backoff timer was cancelled by wake()
  })

  it('marks a refused message failed, and resends it only on request', async () => {
    const room = setup()
    room.connection.connect()
    const socket = await goLive(room)
    socket.serve({ type: 'resumed', lastSeq: 0 })
    room.connection.sendText('x'.repeat(10))
    socket.serve({ type: 'error', code: 'TEXT_TOO_LONG', message: '消息太长', clientMsgId: 'client-msg-1' })
    expect(room.connection.getState().pending[0]).toMatchObject({ state: 'failed', error: '消息太长' })
    room.connection.retry('client-msg-1')
    expect(socket.framesOf('send').map((frame) => frame.clientMsgId)).toEqual(['client-msg-1', 'client-msg-1'])
  })

  it('refreshes the token once on 4401, then gives up with a clear message; 4404 is final', async () => {
    const room = setup(['stale', 'fresh'])
    room.connection.connect()
    await flush()
    room.sockets.latest().drop(4401, 'AUTH_REQUIRED')
    await flush()
    expect(room.tokenCalls).toEqual([false, true])
    expect(room.sockets.latest().token).toBe('fresh')
    room.sockets.latest().drop(4401, 'AUTH_REQUIRED')
    expect(room.connection.getState()).toMatchObject({ status: 'denied', notice: '登录已过期，请重新登录后进入调解室' })

    const other = setup()
    other.connection.connect()
    await flush()
    other.sockets.latest().drop(4404, 'ROOM_NOT_FOUND')
    expect(other.connection.getState().status).toBe('denied')
    expect(other.connection.getState().notice).toContain('不是本调解室的成员')
    other.connection.wake()
    expect(other.timers.count()).toBe(0)
    expect(other.sockets.opened).toHaveLength(1)
  })

  it('backs off 1 s, 2 s, 4 s between failed attempts', async () => {
    const room = setup()
    room.connection.connect()
    await flush()
    for (const delay of [1000, 2000, 4000]) {
      const before = room.sockets.opened.length
      room.sockets.latest().drop(1006)
      room.timers.advance(delay - 1)
      await flush()
      expect(room.sockets.opened).toHaveLength(before)
      room.timers.advance(1)
      await flush()
      expect(room.sockets.opened).toHaveLength(before + 1)
    }
  })

  it('tracks presence, typing (which fades), and read receipts', async () => {
    const room = setup()
    room.connection.connect()
    const socket = await goLive(room)
    socket.serve({ type: 'ready', roomId: 'room-1', caseId: 'case-1', kind: 'joint', lastSeq: 0, reads: [] })
    socket.serve({ type: 'resumed', lastSeq: 0 })
    socket.serve({ type: 'presence', userId: 'u-2', online: true })
    socket.serve({ type: 'typing', userId: 'u-2' })
    socket.serve({ type: 'read', userId: 'u-2', seq: 4 })
    socket.serve({ type: 'read', userId: 'u-2', seq: 2 })
    expect(room.connection.getState()).toMatchObject({ online: ['u-2'], typing: ['u-2'], reads: { 'u-2': 4 } })
    room.timers.advance(4000)
    expect(room.connection.getState().typing).toEqual([])

    room.connection.typing(10_000)
    room.connection.typing(11_000)
    room.connection.typing(13_000)
    expect(socket.framesOf('typing')).toHaveLength(2)
    room.connection.markRead(7)
    expect(socket.framesOf('read')).toEqual([{ type: 'read', seq: 7 }])
  })

  it('on wake while live, pings and reconnects when no pong comes', async () => {
    const room = setup()
    room.connection.connect()
    const socket = await goLive(room)
    socket.serve({ type: 'resumed', lastSeq: 0 })
    room.connection.wake()
    expect(socket.framesOf('ping')).toHaveLength(1)
    socket.serve({ type: 'pong' })
    room.timers.advance(5000)
    expect(room.sockets.opened).toHaveLength(1)

    room.connection.wake()
    room.timers.advance(5000)
    await flush()
    expect(room.sockets.opened).toHaveLength(2)
    expect(socket.closed).not.toBeNull()
  })
})
