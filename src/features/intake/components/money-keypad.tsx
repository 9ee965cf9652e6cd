import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { amountInCapitals, formatYuan } from '@/lib/amount-in-capitals'
import { parseKeypadAmount, pressKey } from '../slot-values'
import type { SubmitAnswer } from './answer-types'

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', 'delete']

/** A big-key number pad for money; shows the amount in 大写 as it is typed so a slipped zero is noticed. */
export function MoneyKeypad({ initial, onSubmit, busy }: { initial?: number; onSubmit: SubmitAnswer; busy: boolean }) {
  const [text, setText] = useState(initial !== undefined ? String(initial) : '')
  const value = parseKeypadAmount(text)
  const capitals = value !== null ? amountInCapitals(value) : null

  return (
    <View className="tj-intake-keypad">
      <View className="tj-intake-keypad__display" data-testid="money-display">
        <Text className="tj-intake-keypad__amount">{text ? `${text} 元` : '请输入金额'}</Text>
        {capitals ? <Text className="tj-intake-keypad__capitals">{capitals}</Text> : null}
      </View>
      <View className="tj-intake-keypad__keys">
        {KEYS.map((key) => (
          <View
            key={key}
            className="tj-intake-keypad__key"
            role="button"
            aria-label={key === 'delete' ? '删除' : key}
            onClick={() => setText((current) => pressKey(current, key))}
          >
            <Text>{key === 'delete' ? '删除' : key}</Text>
          </View>
        ))}
        <View
          className="tj-intake-keypad__key"
          role="button"
          aria-label="乘以一万"
          onClick={() => setText((c) => pressKey(c, '万'))}
        >
          <Text>×万</Text>
        </View>
        <View className="tj-intake-keypad__key" role="button" aria-label="清空" onClick={() => setText('')}>
          <Text>清空</Text>
        </View>
      </View>
      <Button
        className="tj-touch"
        type="primary"
        block
        disabled={busy || value === null}
        onClick={() => value !== null && onSubmit({ value }, `${formatYuan(value)} 元`)}
      >
        确定
      </Button>
    </View>
  )
}
