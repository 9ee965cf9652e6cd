import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** Label, control and the field's error, tagged with the body path so tests and scroll-to-error can find it. */
export function FormField({
  name,
  label,
  error,
  children,
}: {
  name: string
  label: string
  error?: string
  children: ReactNode
}) {
  return (
    <View className={`tj-ref-field ${error ? 'tj-ref-field--invalid' : ''}`} data-field={name}>
      <Text className="tj-ref-field__label">{label}</Text>
      {children}
      {error ? <Text className="tj-error">{error}</Text> : null}
    </View>
  )
}
