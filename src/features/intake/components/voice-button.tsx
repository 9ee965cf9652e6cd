import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { SpeechRecognizer } from '../voice/speech-recognizer'

interface VoiceButtonProps {
  recognizer: SpeechRecognizer
  /** Called with the words heard so far and at the end; the composer shows them in the text box. */
  onText: (text: string, final: boolean) => void
  onError: (message: string) => void
}

/** Tap to speak, tap again to stop. Offers 四川话 where the recogniser supports it. */
export function VoiceButton({ recognizer, onText, onError }: VoiceButtonProps) {
  const [listening, setListening] = useState(false)
  const [language, setLanguage] = useState(recognizer.languages[0]?.code ?? 'zh_CN')
  const stopRef = useRef(recognizer.stop)
  stopRef.current = recognizer.stop

  useEffect(() => () => stopRef.current(), [])

  const toggle = () => {
    if (listening) {
      recognizer.stop()
      return
    }
    setListening(true)
    recognizer.start(language, {
      onPartial: (text) => onText(text, false),
      onFinal: (text) => {
        setListening(false)
        onText(text, true)
      },
      onError: (message) => {
        setListening(false)
        onError(message)
      },
    })
  }

  return (
    <View className="tj-intake-voice">
      <View
        className={`tj-intake-voice__button ${listening ? 'tj-intake-voice__button--on' : ''}`}
        role="button"
        aria-label={listening ? '说完了' : '按一下说话'}
        onClick={toggle}
      >
        <Text>{listening ? '说完了' : '说话'}</Text>
      </View>
      {recognizer.languages.length > 1 && !listening
        ? recognizer.languages.map((option) => (
            <View
              key={option.code}
              className={`tj-intake-chip ${option.code === language ? 'tj-intake-chip--on' : ''}`}
              role="button"
              aria-pressed={option.code === language}
              onClick={() => setLanguage(option.code)}
            >
              <Text>{option.label}</Text>
            </View>
          ))
        : null}
      {listening ? <Text className="tj-muted">正在听，说完请点“说完了”</Text> : null}
    </View>
  )
}
