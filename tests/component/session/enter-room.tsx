import { act, render } from '@testing-library/react'
import type { Room, RoomMember } from '@contract/sessions'
import { SessionScreen } from '@/features/session/components/session-screen'
import type { VoiceKit } from '@/features/session/voice/voice-kit'
import { fakeServer, reply } from '../../support/fake-server'
import { testControls } from '../../support/taro-double'
import { fakeSockets, systemMessage } from './fake-room-socket'
import { flush } from '../../support/ui-actions'

export const ME = 'u-1'

/** The joint room's members as the server lists them, with me in the given role. */
export function membersFor(myRole: string): RoomMember[] {
  const parties: RoomMember[] = [
    { userId: 'u-2', name: '王秀英', role: 'applicant' },
    { userId: 'u-3', name: '李四', role: 'respondent' },
    { userId: null, name: '重庆某建筑劳务有限公司', role: 'respondent' },
  ]
  const me = { userId: ME, name: myRole === 'mediator' ? '刘芳' : '张伟', role: myRole as RoomMember['role'] }
  return myRole === 'mediator' ? [...parties, me] : [me, ...parties, { userId: 'u-9', name: '刘芳', role: 'mediator' }]
}

export function room(id: string, kind: Room['kind'], partyUserId: string | null = null): Room {
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

export const settle = () => flush(3)

export async function serverSays(run: () => void) {
  await act(async () => run())
}

const joined = (seq: number, userId: string, role: string) => systemMessage(seq, 'joined', { userId, role })

/** Renders the session screen against a scripted API and a fake socket, in the joint room, live. */
export async function enterRoom(myRole: string, voiceKit?: VoiceKit) {
  const sockets = fakeSockets()
  const server = fakeServer({
    'GET /api/v1/sessions/cases/case-1/rooms': () => reply(200, { items: [room('room-1', 'joint')] }),
    'GET /api/v1/sessions/rooms/room-1/members': () => reply(200, { items: membersFor(myRole) }),
    'POST /api/v1/sessions/cases/case-1/caucus': () => reply(200, room('room-2', 'caucus', 'u-2')),
  })
  testControls.setRequestHandler(server.handler)
  render(<SessionScreen caseId="case-1" myUserId={ME} openSocket={sockets.open} voiceKit={voiceKit} />)
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
