import { Text, View } from '@tarojs/components'
import type { PendingMessage } from '../socket/room-state'

interface PendingItemProps {
  item: PendingMessage
  offline: boolean
  onRetry: () => void
  onDiscard: () => void
}

function pendingText(item: PendingMessage): string {
  if (item.frame.kind === 'text') return item.frame.text ?? ''
  if (item.frame.kind === 'image') return '[图片]'
  return `[语音 ${item.frame.durationSec ?? 0}″]`
}

/** A message of mine the server has not stored yet: queued offline, on its way, or refused. */
export function PendingItem({ item, offline, onRetry, onDiscard }: PendingItemProps) {
  const status =
    item.state === 'failed' ? (item.error ?? '发送失败') : offline || item.state === 'queued' ? '等待发送' : '发送中…'
  return (
    <View className="tj-msg tj-msg--mine tj-msg--pending" data-client-msg-id={item.frame.clientMsgId}>
      <Text className="tj-msg__who">我</Text>
      <View className="tj-msg__bubble">
        <Text>{pendingText(item)}</Text>
      </View>
      <Text className={item.state === 'failed' ? 'tj-error' : 'tj-msg__status'}>{status}</Text>
      {item.state === 'failed' ? (
        <View className="tj-msg__actions">
          <View role="button" className="tj-msg__action" onClick={onRetry}>
            重发
          </View>
          <View role="button" className="tj-msg__action" onClick={onDiscard}>
            删除
          </View>
        </View>
      ) : null}
    </View>
  )
}
