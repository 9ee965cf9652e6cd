import type { SessionMessage } from '@contract/sessions'
import { Image, Text, View } from '@tarojs/components'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { roleLabel, systemLine } from '../participants'
import { VoiceBubble } from './voice-bubble'

interface MessageItemProps {
  message: SessionMessage
  mine: boolean
  roles: Record<string, string>
  /** Read by every other participant who has a receipt. */
  readByOthers: boolean
}

export function fileUrl(fileId: string): string {
  return `${API_BASE_URL}${API_PREFIX}/files/${encodeURIComponent(fileId)}`
}

export function MessageItem({ message, mine, roles, readByOthers }: MessageItemProps) {
  if (message.kind === 'system') {
    return (
      <View className="tj-msg-system" data-seq={message.seq}>
        <Text>{systemLine(message, roles)}</Text>
      </View>
    )
  }
  return (
    <View className={`tj-msg ${mine ? 'tj-msg--mine' : ''}`} data-seq={message.seq}>
      <Text className="tj-msg__who">{mine ? '我' : roleLabel(roles[message.senderUserId ?? ''])}</Text>
      <View className="tj-msg__bubble">
        {message.kind === 'text' ? <Text selectable>{message.text}</Text> : null}
        {message.kind === 'image' && message.fileId ? (
          <Image className="tj-msg__image" src={fileUrl(message.fileId)} mode="widthFix" />
        ) : null}
        {message.kind === 'voice' && message.fileId ? (
          <VoiceBubble fileId={message.fileId} durationSec={message.durationSec ?? 0} />
        ) : null}
      </View>
      {mine ? <Text className="tj-msg__status">{readByOthers ? '已读' : '已送达'}</Text> : null}
    </View>
  )
}
