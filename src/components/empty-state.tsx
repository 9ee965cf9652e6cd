import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './empty-state.scss'

export function EmptyState({ title, description, action }: { title: string; description: string; action?: ReactNode }) {
  return (
    <View className="tj-empty tj-section">
      <Text className="tj-empty__title">{title}</Text>
      <Text className="tj-muted tj-empty__description">{description}</Text>
      {action}
    </View>
  )
}
