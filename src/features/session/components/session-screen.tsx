import type { Room } from '@contract/sessions'
import { Loading } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { listRooms } from '../api/list-rooms'
import { openCaucus } from '../api/open-caucus'
import type { OpenSocket } from '../socket/open-socket'
import { CaucusOpener } from './caucus-opener'
import { LiveRoom } from './live-room'
import { RoomSwitcher } from './room-switcher'
import './session.scss'

interface SessionScreenProps {
  caseId: string
  myUserId: string
  /** Tests pass a fake; the app picks the platform socket. */
  openSocket?: OpenSocket
}

const PARTY_ROLES = ['applicant', 'respondent']

export function SessionScreen({ caseId, myUserId, openSocket }: SessionScreenProps) {
  const loaded = useRequest(useCallback(() => listRooms(caseId), [caseId]))
  const [rooms, setRooms] = useState<Room[]>([])
  const [activeRoomId, setActiveRoomId] = useState('')
  const [roles, setRoles] = useState<Record<string, string>>({})
  const [caucus, setCaucus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })

  useEffect(() => {
    if (!loaded.data) return
    setRooms(loaded.data)
    setActiveRoomId((current) => current || (loaded.data?.find((room) => room.kind === 'joint')?.id ?? ''))
  }, [loaded.data])

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
  const iAmMediator = roles[myUserId] === 'mediator'
  const parties = Object.entries(roles)
    .filter(([, role]) => PARTY_ROLES.includes(role))
    .map(([userId, role]) => ({ userId, role }))
  return (
    <View className="tj-session">
      <RoomSwitcher rooms={rooms} activeRoomId={activeRoomId} roles={roles} onSwitch={setActiveRoomId} />
      {iAmMediator && active?.kind === 'joint' ? (
        <CaucusOpener
          parties={parties}
          busy={caucus.busy}
          error={caucus.error}
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
  )
}
