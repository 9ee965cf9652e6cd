import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { SpeechRecognizer } from '../voice/speech-recognizer'
import { VoiceButton } from './voice-button'

interface TextComposerProps {
  value: string
  onChange: (value: string) => void
  onSend: (text: string) => void
  placeholder: string
  sendLabel: string
  busy: boolean
  recognizer: SpeechRecognizer | null
  maxLength: number
  name: string
}

/** A text box with an optional mic: what is heard lands in the box, so the resident can fix it before sending. */
export function TextComposer(props: TextComposerProps) {
  const { value, onChange, onSend, recognizer, busy, maxLength } = props
  const [voiceError, setVoiceError] = useState<string | null>(null)
  const [spokenFrom, setSpokenFrom] = useState<string | null>(null)
  const text = value.trim()
  const tooLong = value.length > maxLength

  return (
    <View className="tj-intake-composer">
      <Textarea
        className="tj-intake-composer__input"
        name={props.name}
        value={value}
        placeholder={props.placeholder}
        maxlength={-1}
        autoHeight
        onInput={(event) => onChange(event.detail.value)}
      />
      {tooLong ? (
        <View className="tj-error" role="alert">
          最多 {maxLength} 个字，现在 {value.length} 个字，请精简一些。
        </View>
      ) : null}
      {voiceError ? <Text className="tj-error">{voiceError}</Text> : null}
      <View className="tj-intake-composer__actions">
        {recognizer ? (
          <VoiceButton
            recognizer={recognizer}
            onError={setVoiceError}
            onText={(heard, final) => {
              setVoiceError(null)
              const before = spokenFrom ?? value
              if (spokenFrom === null) setSpokenFrom(value)
              onChange(before ? `${before}${heard}` : heard)
              if (final) setSpokenFrom(null)
            }}
          />
        ) : null}
        <Button
          className="tj-touch tj-intake-composer__send"
          type="primary"
          disabled={busy || text === '' || tooLong}
          onClick={() => onSend(text)}
        >
          {props.sendLabel}
        </Button>
      </View>
    </View>
  )
}
