import { useEffect } from 'react'
import { useRoomConnection } from '../hooks/use-room-connection'
import { rolesByUser } from '../participants'
import type { OpenSocket } from '../socket/open-socket'
import { RoomView } from './room-view'

interface LiveRoomProps {
  caseId: string
  roomId: string
  myUserId: string
  openSocket?: OpenSocket
  /** Who is who in this room, for the switcher's labels and the caucus picker. */
  onRoles: (roles: Record<string, string>) => void
}

export function LiveRoom({ caseId, roomId, myUserId, openSocket, onRoles }: LiveRoomProps) {
  const { state, room } = useRoomConnection(roomId, openSocket)
  const roles = rolesByUser(state.messages)
  const signature = JSON.stringify(roles)
  useEffect(() => {
    onRoles(JSON.parse(signature) as Record<string, string>)
  }, [signature, onRoles])
  return <RoomView caseId={caseId} roomId={roomId} myUserId={myUserId} state={state} room={room} />
}
