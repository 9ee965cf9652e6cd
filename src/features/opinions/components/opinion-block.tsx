import type { OpinionBlock as Block } from '@contract/opinions'
import { Text, View } from '@tarojs/components'
import { LawArticle } from './law-article'
import { OpinionTable } from './opinion-table'

/** One block of a section; an unknown block type from a newer server is skipped, not shown as garbage. */
export function OpinionBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <Text className="tj-opinion-paragraph">{block.text}</Text>
    case 'list':
      return (
        <View className="tj-opinion-list">
          {block.items.map((item, index) => (
            <Text key={index} className="tj-opinion-list__item">
              {index + 1}. {item}
            </Text>
          ))}
        </View>
      )
    case 'fact':
      return (
        <View className="tj-opinion-fact">
          <Text>{block.text}</Text>
          <Text className="tj-muted">——{block.statedBy}陈述</Text>
        </View>
      )
    case 'law':
      return <LawArticle law={block.law} article={block.article} summary={block.summary} />
    case 'table':
      return <OpinionTable columns={block.columns} rows={block.rows} />
    default:
      return null
  }
}
