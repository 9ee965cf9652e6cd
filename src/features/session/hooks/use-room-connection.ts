import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { API_BASE_URL } from '@/lib/config'
import { isWeapp } from '@/lib/platform'
import { freshAccessToken } from '../api/fresh-access-token'
import { newClientMsgId } from '../client-msg-id'
import { openTaroSocket, openWebSocket, roomSocketUrl, type OpenSocket } from '../socket/open-socket'
import { RoomConnection } from '../socket/room-connection'
import type { RoomState } from '../socket/room-state'

function pageOrigin(): string {
  return typeof window !== 'undefined' && window.location ? window.location.origin : ''
}

/**
 * The live connection of one room for as long as the page shows it. It reconnects by itself after drops,
 * and at once when the network returns or the app comes back to the foreground.
 */
export function useRoomConnection(roomId: string, openSocket?: OpenSocket): { state: RoomState; room: RoomConnection } {
  const room = useMemo(
    () =>
      new RoomConnection({
        url: roomSocketUrl(API_BASE_URL, roomId, pageOrigin()),
        openSocket: openSocket ?? (isWeapp ? openTaroSocket : openWebSocket),
        accessToken: freshAccessToken,
        newClientMsgId,
      }),
    [roomId, openSocket],
  )

  useEffect(() => {
    room.connect()
    const onNetwork = (result: { isConnected: boolean }) => (result.isConnected ? room.wake() : room.lostNetwork())
    Taro.onNetworkStatusChange?.(onNetwork)
    return () => {
      Taro.offNetworkStatusChange?.(onNetwork)
      room.close()
    }
  }, [room])

  // A hidden weapp loses its socket within seconds; on show a ping finds out whether it survived.
  useDidShow(() => room.wake())

  const state = useSyncExternalStore(room.subscribe, room.getState)
  return { state, room }
}
