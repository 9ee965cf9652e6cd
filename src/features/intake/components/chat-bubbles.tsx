import { Text, View } from '@tarojs/components'
import type { ChatMessage } from '../chat-messages'

/** The conversation so far: robot on the left, the resident on the right. */
export function ChatBubbles({ messages }: { messages: readonly ChatMessage[] }) {
  return (
    <View className="tj-intake-chat" aria-live="polite">
      {messages.map((message) => (
        <View
          key={message.id}
          className={`tj-intake-bubble tj-intake-bubble--${message.from} ${message.tone === 'error' ? 'tj-intake-bubble--error' : ''}`}
          data-from={message.from}
          role={message.tone === 'error' ? 'alert' : undefined}
        >
          <Text className="tj-intake-bubble__text">{message.text}</Text>
          {message.lines?.map((line, index) => (
            <Text key={index} className="tj-intake-bubble__line">
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
