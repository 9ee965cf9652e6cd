import type { Opinion } from '@contract/opinions'
import { Text, View } from '@tarojs/components'
import { formatChineseDate, formatYuan } from '../format'
import { OpinionBlock } from './opinion-block'

/** The opinion as the server wrote it: summary of the amounts first, then the sections in the server's order. */
export function OpinionView({ opinion }: { opinion: Opinion }) {
  const { document } = opinion
  const { low, high } = document.settlementRange
  return (
    <View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">{document.title}</Text>
        <Text className="tj-muted">
          {document.caseNumber} · 第 {opinion.version} 版 · {formatChineseDate(document.generatedAt)}
        </Text>
        <View className="tj-opinion-summary">
          <Text className="tj-muted">可主张金额合计</Text>
          <Text className="tj-opinion-summary__amount">¥ {formatYuan(document.total.amount)} 元</Text>
          <Text>{document.total.inWords}</Text>
        </View>
        <View className="tj-opinion-summary" data-testid="settlement-range">
          <Text className="tj-muted">建议调解区间</Text>
          <Text className="tj-opinion-summary__range">
            {formatYuan(low.amount)} 元 至 {formatYuan(high.amount)} 元
          </Text>
          <Text className="tj-muted">
            {low.inWords} 至 {high.inWords}
          </Text>
        </View>
      </View>
      {document.sections.map((section) => (
        <View
          key={section.key}
          className={`tj-section tj-stack tj-opinion-section tj-opinion-section--${section.key}`}
          data-section={section.key}
        >
          <Text className="tj-section__title">{section.heading}</Text>
          {section.blocks.map((block, index) => (
            <OpinionBlock key={index} block={block} />
          ))}
        </View>
      ))}
    </View>
  )
}
