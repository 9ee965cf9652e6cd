import type { AnswerBody, CatalogueDetail, SlotStateView } from '@contract/intake'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { AnswerInput } from './answer-input'

interface FactEditorProps {
  fact: SlotStateView
  catalogue: CatalogueDetail | null
  busy: boolean
  onSave: (body: AnswerBody) => Promise<string | null>
  onCancel: () => void
}

/** Edits one fact with the same control the question used; text facts get a plain box. */
export function FactEditor({ fact, catalogue, busy, onSave, onCancel }: FactEditorProps) {
  const [error, setError] = useState<string | null>(null)
  const [text, setText] = useState(typeof fact.value === 'string' ? fact.value : (fact.display ?? ''))
  const slot = catalogue?.slots.find((s) => s.key === fact.key)
  const save = async (body: AnswerBody) => setError(await onSave(body))
  const usesTextBox = fact.kind === 'text' || fact.kind === 'evidence' || (fact.kind === 'choice' && !slot?.choices)

  return (
    <View className="tj-intake-fact-editor tj-stack" data-editing={fact.key}>
      {usesTextBox ? (
        <>
          <Input className="tj-intake-field" name={`edit-${fact.key}`} value={text} onChange={setText} />
          <Button
            className="tj-touch"
            type="primary"
            disabled={busy || text.trim() === ''}
            onClick={() => void save({ text: text.trim() })}
          >
            保存
          </Button>
        </>
      ) : (
        <AnswerInput
          question={{
            slot: fact.key,
            kind: fact.kind,
            label: fact.label,
            text: slot?.question ?? fact.label,
            required: fact.required,
            ...(slot?.choices ? { choices: slot.choices } : {}),
            ...(fact.value !== undefined ? { previous: { value: fact.value, display: fact.display } } : {}),
          }}
          busy={busy}
          onSubmit={(body) => void save(body)}
        />
      )}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
      <View className="tj-intake-link" role="button" onClick={onCancel}>
        <Text>取消修改</Text>
      </View>
    </View>
  )
}
