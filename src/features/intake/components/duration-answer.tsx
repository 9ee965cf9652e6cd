import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { describeDuration, isoDuration, type DurationParts } from '../slot-values'
import type { SubmitAnswer } from './answer-types'

const UNITS: { key: keyof DurationParts; label: string; max: number }[] = [
  { key: 'years', label: '年', max: 99 },
  { key: 'months', label: '个月', max: 11 },
  { key: 'days', label: '天', max: 366 },
]

function toCount(text: string): number | null {
  if (text.trim() === '') return 0
  return /^\d+$/.test(text.trim()) ? Number(text) : null
}

/** How long: years, months and days in separate boxes, any of them left empty. */
export function DurationAnswer({ onSubmit, busy }: { onSubmit: SubmitAnswer; busy: boolean }) {
  const [texts, setTexts] = useState<Record<keyof DurationParts, string>>({ years: '', months: '', days: '' })
  const counts = UNITS.map((unit) => ({ unit, count: toCount(texts[unit.key]) }))
  const invalid = counts.find(({ unit, count }) => count === null || count > unit.max)
  const parts: DurationParts = { years: 0, months: 0, days: 0 }
  for (const { unit, count } of counts) parts[unit.key] = count ?? 0
  const iso = invalid ? null : isoDuration(parts)

  return (
    <View className="tj-stack">
      <View className="tj-intake-duration">
        {UNITS.map((unit) => (
          <View key={unit.key} className="tj-intake-duration__part">
            <Input
              className="tj-intake-field"
              name={`duration-${unit.key}`}
              type="number"
              placeholder="0"
              value={texts[unit.key]}
              onChange={(value) => setTexts((current) => ({ ...current, [unit.key]: value }))}
            />
            <Text>{unit.label}</Text>
          </View>
        ))}
      </View>
      {invalid ? (
        <Text className="tj-error">
          {invalid.unit.label === '个月' ? '月数' : invalid.unit.label === '年' ? '年数' : '天数'}请填 0 到{' '}
          {invalid.unit.max} 之间的整数
        </Text>
      ) : null}
      <Button
        className="tj-touch"
        type="primary"
        block
        disabled={busy || iso === null}
        onClick={() => iso && onSubmit({ value: iso }, describeDuration(parts))}
      >
        确定
      </Button>
    </View>
  )
}
