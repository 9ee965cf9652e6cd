import { Text, View } from '@tarojs/components'
import { useState } from 'react'

/** The exact text a confirmation covers (its hash is what is sent), folded away by default. */
export function RecordFullText({ text }: { text: string }) {
  const [open, setOpen] = useState(false)
  return (
    <View className="tj-section tj-stack">
      <View role="button" aria-expanded={open} className="tj-rec-link tj-touch" onClick={() => setOpen(!open)}>
        {open ? '收起笔录全文' : '查看笔录全文（确认的就是这段文字）'}
      </View>
      {open ? (
        <Text className="tj-rec-text" aria-label="笔录全文">
          {text}
        </Text>
      ) : null}
    </View>
  )
}
