import type { CalculationResult, LegalBasis } from '@contract/calculators'
import { Text, View } from '@tarojs/components'
import { amountInCapitals, formatYuan } from '@/lib/amount-in-capitals'

export const LEGAL_INFORMATION_NOTE =
  '以上结果是依据法定计算方式和您填写的数据得出的法律信息，仅供参考，不构成有约束力的法律意见；实际金额以调解协议、仲裁裁决或法院判决为准。'

function basisText(basis: LegalBasis): string {
  return `《${basis.law.replace(/^中华人民共和国/, '')}》${basis.article}`
}

/** The result: total in figures and 大写, each item with its formula and articles, warnings and sources. */
export function CalculationResultView({ result, label }: { result: CalculationResult; label: string }) {
  return (
    <View className="tj-section tj-calc-result" aria-live="polite">
      <Text className="tj-section__title">{label}计算结果</Text>
      <View className="tj-calc-result__total">
        <Text className="tj-calc-result__figure">¥ {formatYuan(result.total)} 元</Text>
        <Text className="tj-calc-result__words">{amountInCapitals(result.total)}</Text>
      </View>

      <View className="tj-calc-table">
        {result.items.map((item) => (
          <View key={item.key} className="tj-calc-table__row">
            <View className="tj-calc-table__head">
              <Text className="tj-calc-table__label">{item.label}</Text>
              <Text className="tj-calc-table__amount">{formatYuan(item.amount)} 元</Text>
            </View>
            <Text className="tj-calc-table__formula">{item.formula}</Text>
            {item.basis.length > 0 ? (
              <Text className="tj-muted">依据：{item.basis.map(basisText).join('、')}</Text>
            ) : null}
          </View>
        ))}
      </View>

      {result.figuresUsed.length > 0 ? (
        <View className="tj-calc-result__block">
          <Text className="tj-calc-result__subtitle">采用的统计数据</Text>
          {result.figuresUsed.map((figure) => (
            <Text key={figure.name} className="tj-muted tj-calc-result__line">
              {figure.name}：{figure.value} {figure.unit}（来源：{figure.source}）
            </Text>
          ))}
        </View>
      ) : null}

      {result.warnings.length > 0 ? (
        <View className="tj-calc-result__block tj-calc-result__warnings" role="note">
          <Text className="tj-calc-result__subtitle">请注意</Text>
          {result.warnings.map((warning) => (
            <Text key={warning} className="tj-calc-result__line">
              · {warning}
            </Text>
          ))}
        </View>
      ) : null}

      <Text className="tj-muted tj-calc-result__note">{LEGAL_INFORMATION_NOTE}</Text>
    </View>
  )
}
