import { Text, View } from '@tarojs/components'
import { useState } from 'react'

/** A cited article: the citation always, its plain-language summary on tap. */
export function LawArticle({ law, article, summary }: { law: string; article: string; summary: string }) {
  const [open, setOpen] = useState(false)
  const citation = `《${law.replace(/^中华人民共和国/, '')}》${article}`
  return (
    <View className="tj-opinion-law">
      <View
        className="tj-opinion-law__head"
        role="button"
        aria-expanded={open}
        onClick={() => setOpen((current) => !current)}
      >
        <Text className="tj-opinion-law__citation">{citation}</Text>
        <Text className="tj-opinion-law__toggle">{open ? '收起' : '查看条文大意'}</Text>
      </View>
      {open ? (
        <View className="tj-opinion-law__summary">
          <Text>{summary}</Text>
          <Text className="tj-muted tj-opinion-law__note">条文大意为释义，以官方公布的法律文本为准。</Text>
        </View>
      ) : null}
    </View>
  )
}
