import type { Room } from '@contract/sessions'
import { Text, View } from '@tarojs/components'
import { roleLabel } from '../participants'

interface RoomSwitcherProps {
  rooms: Room[]
  activeRoomId: string
  roles: Record<string, string>
  /** userId → name, from the room's members. */
  names: Record<string, string>
  onSwitch: (roomId: string) => void
}

export function roomTitle(room: Room, roles: Record<string, string>, names: Record<string, string> = {}): string {
  if (room.kind === 'joint') return '联合调解'
  const partyUserId = room.partyUserId ?? ''
  return `背靠背 · ${names[partyUserId] ?? roleLabel(roles[partyUserId])}`
}

/** Joint room and the caucus rooms I belong to; unread counts from each room's last seq and my read mark. */
export function RoomSwitcher({ rooms, activeRoomId, roles, names, onSwitch }: RoomSwitcherProps) {
  return (
    <View className="tj-room-tabs" role="tablist">
      {rooms.map((room) => {
        const unread = room.id === activeRoomId ? 0 : Math.max(0, room.lastSeq - room.myLastReadSeq)
        return (
          <View
            key={room.id}
            role="tab"
            aria-selected={room.id === activeRoomId}
            className={`tj-room-tab ${room.id === activeRoomId ? 'tj-room-tab--active' : ''}`}
            onClick={() => onSwitch(room.id)}
          >
            <Text>{roomTitle(room, roles, names)}</Text>
            {unread > 0 ? <Text className="tj-room-tab__badge">{unread}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
