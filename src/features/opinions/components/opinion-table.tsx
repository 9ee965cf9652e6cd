import { Text, View } from '@tarojs/components'

/**
 * The calculation table (项目 × 计算方式 × 金额 …). A phone is too narrow for five columns of formulas, so each
 * row becomes a card: the first column as its head, the others as labelled lines.
 */
export function OpinionTable({ columns, rows }: { columns: string[]; rows: string[][] }) {
  return (
    <View className="tj-opinion-table">
      {rows.map((row, index) => (
        <View key={index} className="tj-opinion-table__row" data-row={row[0]}>
          <Text className="tj-opinion-table__head">{row[0]}</Text>
          {row.slice(1).map((cell, column) =>
            cell === '' ? null : (
              <View key={column} className="tj-opinion-table__cell">
                <Text className="tj-muted">{columns[column + 1] ?? ''}</Text>
                <Text className="tj-opinion-table__value">{cell}</Text>
              </View>
            ),
          )}
        </View>
      ))}
    </View>
  )
}
