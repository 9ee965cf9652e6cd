import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SubmitAnswer } from './answer-types'
import { ChoiceChips } from './choice-chips'

const KINDS = [
  { value: 'person', label: '个人' },
  { value: 'organisation', label: '公司或单位' },
]
const MAX_NAME = 100

/** The other side: a name and whether it is a person or an organisation. */
export function PartyForm({ onSubmit, busy }: { onSubmit: SubmitAnswer; busy: boolean }) {
  const [name, setName] = useState('')
  const [kind, setKind] = useState<'person' | 'organisation'>('person')
  const trimmed = name.trim()
  const error = trimmed.length > MAX_NAME ? `名称最多 ${MAX_NAME} 个字` : null

  return (
    <View className="tj-stack">
      <ChoiceChips choices={KINDS} selected={kind} onPick={(choice) => setKind(choice.value as typeof kind)} />
      <Input
        className="tj-intake-field"
        name="party-name"
        placeholder={kind === 'person' ? '姓名，如 张某某' : '单位全称，如 某某有限公司'}
        value={name}
        onChange={setName}
      />
      {error ? <Text className="tj-error">{error}</Text> : null}
      <Button
        className="tj-touch"
        type="primary"
        block
        disabled={busy || trimmed === '' || error !== null}
        onClick={() => onSubmit({ value: { name: trimmed, kind } }, trimmed)}
      >
        确定
      </Button>
    </View>
  )
}
