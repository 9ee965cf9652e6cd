import { act, fireEvent, render, screen } from '@testing-library/react'
import type { Room } from '@contract/sessions'
import { SessionScreen } from '@/features/session/components/session-screen'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { fakeServer, reply } from '../../support/fake-server'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { membersFor } from './enter-room'
import { fakeSockets, systemMessage, textMessage } from './fake-room-socket'
import { flush } from '../../support/ui-actions'

const ME = 'u-1'

function room(id: string, kind: Room['kind'], partyUserId: string | null = null): Room {
  return {
    id,
    caseId: 'case-1',
    kind,
    partyUserId,
    memberUserIds: [],
    lastSeq: 0,
    myLastReadSeq: 0,
    createdAt: '2026-11-26T04:00:00.000Z',
  }
}

const settle = () => flush(3)

async function serverSays(run: () => void) {
  await act(async () => run())
}

const joined = (seq: number, userId: string, role: string) => systemMessage(seq, 'joined', { userId, role })

async function enterRoom(myRole: string) {
  const sockets = fakeSockets()
  const server = fakeServer({
    'GET /api/v1/sessions/cases/case-1/rooms': () => reply(200, { items: [room('room-1', 'joint')] }),
    'GET /api/v1/sessions/rooms/room-1/members': () => reply(200, { items: membersFor(myRole) }),
    'POST /api/v1/sessions/cases/case-1/caucus': () => reply(200, room('room-2', 'caucus', 'u-2')),
  })
  testControls.setRequestHandler(server.handler)
  render(<SessionScreen caseId="case-1" myUserId={ME} openSocket={sockets.open} />)
  await settle()
  const socket = sockets.latest()
  await serverSays(() => {
    socket.serve({ type: 'ready', roomId: 'room-1', caseId: 'case-1', kind: 'joint', lastSeq: 3, reads: [] })
    socket.serve({ type: 'message', message: joined(1, 'u-2', 'applicant') })
    socket.serve({ type: 'message', message: joined(2, 'u-3', 'respondent') })
    socket.serve({ type: 'message', message: joined(3, ME, myRole) })
    socket.serve({ type: 'resumed', lastSeq: 3 })
  })
  return { sockets, server, socket }
}

function typeAndSend(text: string) {
  fireEvent.change(document.querySelector('[name="message"]') as Element, { target: { value: text } })
  fireEvent.click(screen.getByText('发送'))
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  startSession(makeTokenPair(1, makeMe({ id: ME })))
})

describe('session room page', () => {
  it('shows system events as grey lines, messages by role, typing and read receipts', async () => {
    const { socket } = await enterRoom('applicant')
    expect(socket.url).toBe('ws://api.test/api/v1/sessions/rooms/room-1/socket')
    expect(socket.token).toBe('access-1')
    expect(document.querySelector('.tj-msg-system')?.textContent).toBe('申请人进入调解室')
    expect(screen.getByText('被申请人进入调解室')).toBeTruthy()

    await serverSays(() => {
      socket.serve({ type: 'presence', userId: 'u-3', online: true })
      socket.serve({ type: 'message', message: textMessage(4, '我们公司愿意先付一半', 'u-3') })
      socket.serve({ type: 'typing', userId: 'u-3' })
    })
    const bubble = document.querySelector('[data-seq="4"]') as HTMLElement
    expect(bubble.textContent).toContain('被申请人')
    expect(bubble.textContent).toContain('我们公司愿意先付一半')
    expect(screen.getByText('被申请人正在输入…')).toBeTruthy()
    // Those who joined before me are known from the history; presence frames and left events update it.
    expect(screen.getByText('在线：我、申请人、被申请人')).toBeTruthy()
    expect(socket.framesOf('read').pop()).toEqual({ type: 'read', seq: 4 })

    await act(async () => typeAndSend('那剩下的什么时候给？'))
    const [sent] = socket.framesOf('send')
    expect(sent).toMatchObject({ kind: 'text', text: '那剩下的什么时候给？' })
    expect(screen.getByText('发送中…')).toBeTruthy()
    await serverSays(() => {
      socket.serve({ type: 'ack', clientMsgId: sent.clientMsgId, seq: 5, duplicate: false })
      socket.serve({ type: 'message', message: textMessage(5, '那剩下的什么时候给？', ME, sent.clientMsgId) })
      socket.serve({ type: 'read', userId: 'u-3', seq: 4 })
    })
    const mine = document.querySelector('[data-seq="5"]') as HTMLElement
    expect(mine.textContent).toContain('已送达')
    await serverSays(() => socket.serve({ type: 'read', userId: 'u-3', seq: 5 }))
    expect(mine.textContent).toContain('已读')
    expect(document.querySelectorAll('[data-client-msg-id]')).toHaveLength(0)

    await serverSays(() =>
      socket.serve({ type: 'message', message: systemMessage(6, 'left', { userId: 'u-2', role: 'applicant' }) }),
    )
    expect(screen.getByText('申请人离开调解室')).toBeTruthy()
    expect(screen.getByText('在线：我、被申请人')).toBeTruthy()
  })

  it('keeps what is typed offline and sends it after reconnecting, without duplicates', async () => {
    const { sockets, socket } = await enterRoom('respondent')
    await serverSays(() => socket.drop(1006))
    expect(screen.getByRole('status').textContent).toContain('网络已断开')
    await act(async () => typeAndSend('我先离线说一句'))
    expect(screen.getByText('等待发送')).toBeTruthy()
    expect(socket.framesOf('send')).toHaveLength(0)

    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1100)) // the first backoff step
    })
    await settle()
    const again = sockets.latest()
    expect(again).not.toBe(socket)
    await serverSays(() => {
      again.serve({ type: 'ready', roomId: 'room-1', caseId: 'case-1', kind: 'joint', lastSeq: 3, reads: [] })
      again.serve({ type: 'resumed', lastSeq: 3 })
    })
    expect(again.framesOf('resume')).toEqual([{ type: 'resume', afterSeq: 3 }])
    expect(again.framesOf('send').map((frame) => frame.text)).toEqual(['我先离线说一句'])
    expect(document.querySelectorAll('.tj-msg-system')).toHaveLength(3)
  })

  it('lets the mediator pick one party by name for a caucus and switch rooms', async () => {
    const { sockets, server } = await enterRoom('mediator')
    const picker = screen.getByRole('list', { name: '选择当事人' })
    const choices = Array.from(picker.querySelectorAll('button')).map((button) => ({
      text: button.textContent,
      disabled: button.className.includes('nut-button-disabled'),
    }))
    // Names come from the server's member list; a party without an account cannot be picked yet.
    expect(choices).toEqual([
      { text: '与王秀英（申请人）单独沟通', disabled: false },
      { text: '与李四（被申请人）单独沟通', disabled: false },
      { text: '与重庆某建筑劳务有限公司（被申请人）单独沟通', disabled: true },
    ])
    expect(screen.getByText('尚未注册加入，暂不能单独沟通')).toBeTruthy()
    expect(server.requests.filter((request) => request.path.endsWith('/members'))).toHaveLength(1)
    await act(async () => {
      fireEvent.click(screen.getByText('与王秀英（申请人）单独沟通'))
    })
    await settle()
    expect(server.requests.find((request) => request.method === 'POST')?.body).toEqual({ partyUserId: 'u-2' })
    const tab = screen.getByRole('tab', { name: '背靠背 · 王秀英' })
    expect(tab.getAttribute('aria-selected')).toBe('true')
    expect(sockets.latest().url).toBe('ws://api.test/api/v1/sessions/rooms/room-2/socket')
    expect(sockets.opened[0].closed).not.toBeNull()

    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '联合调解' }))
    })
    await settle()
    expect(sockets.latest().url).toBe('ws://api.test/api/v1/sessions/rooms/room-1/socket')
  })

  it('uploads a photo to the case files, then sends it by file id; an upload refusal is shown', async () => {
    const uploads: Array<Record<string, unknown>> = []
    let status = 201
    Object.assign(Taro, {
      chooseImage: jest.fn(async () => ({ tempFilePaths: ['wxfile://tmp/photo.jpg'] })),
      uploadFile: jest.fn(async (option: Record<string, unknown>) => {
        uploads.push(option)
        return status === 201
          ? { statusCode: 201, data: JSON.stringify({ id: 'file-9', kind: 'image' }) }
          : { statusCode: 413, data: JSON.stringify({ code: 'FILE_TOO_LARGE', message: '图片不能超过10MB' }) }
      }),
    })
    const { socket } = await enterRoom('applicant')
    await act(async () => {
      fireEvent.click(screen.getByText('图片'))
    })
    await settle()
    expect(uploads[0]).toMatchObject({
      url: 'http://api.test/api/v1/cases/case-1/files?kind=image&roomId=room-1',
      filePath: 'wxfile://tmp/photo.jpg',
      name: 'file',
      header: { Authorization: 'Bearer access-1' },
    })
    expect(socket.framesOf('send')).toEqual([
      { type: 'send', clientMsgId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), kind: 'image', fileId: 'file-9' },
    ])

    status = 413
    await act(async () => {
      fireEvent.click(screen.getByText('图片'))
    })
    await settle()
    expect(screen.getByRole('alert').textContent).toBe('图片不能超过10MB')
    expect(socket.framesOf('send')).toHaveLength(1)
  })

  it('does not offer a caucus to parties', async () => {
    await enterRoom('applicant')
    expect(screen.queryByText('背靠背调解')).toBeNull()
  })
})
