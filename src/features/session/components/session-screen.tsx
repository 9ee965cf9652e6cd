import type { Room } from '@contract/sessions'
import { Loading } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { listMembers } from '../api/list-members'
import { listRooms } from '../api/list-rooms'
import { openCaucus } from '../api/open-caucus'
import type { OpenSocket } from '../socket/open-socket'
import { VoiceKitProvider, type VoiceKit } from '../voice/voice-kit'
import { CaucusOpener } from './caucus-opener'
import { LiveRoom } from './live-room'
import { RoomSwitcher } from './room-switcher'
import './session.scss'

interface SessionScreenProps {
  caseId: string
  myUserId: string
  /** Tests pass fakes; the app picks the platform socket, recorder and audio. */
  openSocket?: OpenSocket
  voiceKit?: VoiceKit
}

const PARTY_ROLES = ['applicant', 'respondent']

export function SessionScreen({ caseId, myUserId, openSocket, voiceKit }: SessionScreenProps) {
  const loaded = useRequest(useCallback(() => listRooms(caseId), [caseId]))
  const [rooms, setRooms] = useState<Room[]>([])
  const [activeRoomId, setActiveRoomId] = useState('')
  const [roles, setRoles] = useState<Record<string, string>>({})
  const [caucus, setCaucus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })
  const jointRoomId = rooms.find((room) => room.kind === 'joint')?.id ?? ''
  const members = useRequest(
    useCallback(() => listMembers(jointRoomId), [jointRoomId]),
    jointRoomId !== '',
  )

  useEffect(() => {
    if (!loaded.data) return
    setRooms(loaded.data)
    setActiveRoomId((current) => current || (loaded.data?.find((room) => room.kind === 'joint')?.id ?? ''))
  }, [loaded.data])

  // A party who claimed the case after the list was read shows up by a joined event: read the names again.
  const known = members.data
  const reloadMembers = members.reload
  useEffect(() => {
    if (!known) return
    const unknownParty = Object.entries(roles).some(
      ([userId, role]) => PARTY_ROLES.includes(role) && !known.some((member) => member.userId === userId),
    )
    if (unknownParty) void reloadMembers()
  }, [roles, known, reloadMembers])

  const mergeRoles = useCallback((found: Record<string, string>) => {
    setRoles((current) => {
      const merged = { ...current, ...found }
      return JSON.stringify(merged) === JSON.stringify(current) ? current : merged
    })
  }, [])

  const startCaucus = async (partyUserId: string) => {
    setCaucus({ busy: true, error: null })
    try {
      const room = await openCaucus(caseId, partyUserId)
      setRooms((current) => (current.some((r) => r.id === room.id) ? current : [...current, room]))
      setActiveRoomId(room.id)
      setCaucus({ busy: false, error: null })
    } catch (error) {
      setCaucus({ busy: false, error: messageOf(error) })
    }
  }

  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={() => void loaded.reload()} />
  if (loaded.loading || !activeRoomId) {
    return (
      <View className="tj-section">
        <Loading>正在进入调解室…</Loading>
      </View>
    )
  }
  const active = rooms.find((room) => room.id === activeRoomId)
  const memberList = members.data ?? []
  const iAmMediator =
    roles[myUserId] === 'mediator' || memberList.some((m) => m.userId === myUserId && m.role === 'mediator')
  const names: Record<string, string> = {}
  for (const member of memberList) if (member.userId) names[member.userId] = member.name
  return (
    <VoiceKitProvider kit={voiceKit}>
      <View className="tj-session">
        <RoomSwitcher
          rooms={rooms}
          activeRoomId={activeRoomId}
          roles={roles}
          names={names}
          onSwitch={setActiveRoomId}
        />
        {iAmMediator && active?.kind === 'joint' ? (
          <CaucusOpener
            parties={memberList.filter((member) => member.role !== 'mediator')}
            loading={members.loading}
            busy={caucus.busy}
            error={caucus.error ?? (members.error ? messageOf(members.error) : null)}
            onOpen={(userId) => void startCaucus(userId)}
          />
        ) : null}
        <LiveRoom
          key={activeRoomId}
          caseId={caseId}
          roomId={activeRoomId}
          myUserId={myUserId}
          openSocket={openSocket}
          onRoles={mergeRoles}
        />
      </View>
    </VoiceKitProvider>
  )
}
