import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { uploadRoomFile } from '../api/upload-room-file'
import type { RoomConnection } from '../socket/room-connection'
import type { RoomState } from '../socket/room-state'
import { presentByEvents, rolesByUser, roleLabel } from '../participants'
import { Composer } from './composer'
import { MessageItem } from './message-item'
import { PendingItem } from './pending-item'

const STATUS_TEXT: Record<RoomState['status'], string> = {
  connecting: '正在连接…',
  syncing: '正在同步消息…',
  live: '',
  offline: '网络已断开，正在重新连接；您发送的消息会在恢复后自动发出',
  denied: '',
  closed: '',
}

interface RoomViewProps {
  caseId: string
  roomId: string
  myUserId: string
  state: RoomState
  room: RoomConnection
}

export function RoomView({ caseId, roomId, myUserId, state, room }: RoomViewProps) {
  const [imageBusy, setImageBusy] = useState(false)
  const [imageError, setImageError] = useState<string | null>(null)
  const roles = rolesByUser(state.messages)
  const lastSeq = state.messages.length > 0 ? state.messages[state.messages.length - 1].seq : 0
  const others = Object.keys(state.reads).filter((userId) => userId !== myUserId)
  const online = [...new Set([...presentByEvents(state.messages), ...state.online])].filter((id) => id !== myUserId)

  useEffect(() => {
    if (state.status === 'live' && lastSeq > 0) room.markRead(lastSeq)
  }, [room, state.status, lastSeq])

  const pickImage = async () => {
    setImageError(null)
    try {
      const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] })
      setImageBusy(true)
      // H5 hands over the File too: upload it directly (see uploadRoomFile).
      const original = (picked.tempFiles?.[0] as { originalFileObj?: Blob } | undefined)?.originalFileObj
      const local = { filePath: picked.tempFilePaths[0], blob: original }
      const file = await uploadRoomFile(caseId, roomId, local, 'image')
      room.sendFile('image', file.id)
    } catch (error) {
      // Cancelling the picker is not an error worth showing.
      if (!/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))) setImageError(messageOf(error))
    } finally {
      setImageBusy(false)
    }
  }

  const typingText = state.typing.map((userId) => roleLabel(roles[userId])).join('、')
  return (
    <View className="tj-room">
      {STATUS_TEXT[state.status] ? (
        <View className="tj-room__status" role="status">
          <Text>{STATUS_TEXT[state.status]}</Text>
        </View>
      ) : null}
      {state.status === 'denied' || state.notice ? (
        <View role="alert" className="tj-section">
          <Text className="tj-error">{state.notice}</Text>
        </View>
      ) : null}
      <View className="tj-room__online">
        <Text className="tj-muted">在线：{['我', ...online.map((id) => roleLabel(roles[id]))].join('、')}</Text>
      </View>
      <View className="tj-room__messages">
        {state.messages.map((message) => (
          <MessageItem
            key={message.seq}
            message={message}
            mine={message.senderUserId === myUserId}
            roles={roles}
            readByOthers={others.length > 0 && others.every((userId) => (state.reads[userId] ?? 0) >= message.seq)}
          />
        ))}
        {state.pending.map((item) => (
          <PendingItem
            key={item.frame.clientMsgId}
            item={item}
            offline={state.status !== 'live'}
            onRetry={() => room.retry(item.frame.clientMsgId)}
            onDiscard={() => room.discard(item.frame.clientMsgId)}
          />
        ))}
      </View>
      {typingText ? <Text className="tj-room__typing tj-muted">{typingText}正在输入…</Text> : null}
      {imageError ? (
        <View role="alert">
          <Text className="tj-error">{imageError}</Text>
        </View>
      ) : null}
      {state.status === 'denied' ? null : (
        <Composer
          caseId={caseId}
          roomId={roomId}
          onSend={(text) => room.sendText(text)}
          onVoice={(fileId, durationSec) => room.sendFile('voice', fileId, durationSec)}
          onTyping={() => room.typing()}
          onPickImage={() => void pickImage()}
          imageBusy={imageBusy}
        />
      )}
    </View>
  )
}
