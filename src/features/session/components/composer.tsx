import { Button, Input } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { MAX_TEXT_LENGTH } from '../text-limits'
import { VoiceInput } from './voice-input'

interface ComposerProps {
  caseId: string
  roomId: string
  onSend: (text: string) => void
  onTyping: () => void
  onPickImage: () => void
  onVoice: (fileId: string, durationSec: number) => void
  imageBusy: boolean
}

/** Text, photo or voice. Sending works offline too: the message waits in the queue. */
export function Composer({ caseId, roomId, onSend, onTyping, onPickImage, onVoice, imageBusy }: ComposerProps) {
  const [text, setText] = useState('')
  const [voice, setVoice] = useState(false)
  const tooLong = text.length > MAX_TEXT_LENGTH
  const send = () => {
    if (text.trim() === '' || tooLong) return
    onSend(text)
    setText('')
  }
  return (
    <View className={`tj-composer ${voice ? 'tj-composer--voice' : ''}`}>
      <Button className="tj-touch" onClick={() => setVoice(!voice)}>
        {voice ? '打字' : '语音'}
      </Button>
      {voice ? (
        <VoiceInput caseId={caseId} roomId={roomId} onRecorded={onVoice} />
      ) : (
        <>
          <Input
            name="message"
            className="tj-composer__input"
            placeholder="输入消息"
            value={text}
            onChange={(value) => {
              setText(value)
              onTyping()
            }}
            onConfirm={send}
          />
          <Button className="tj-touch" loading={imageBusy} onClick={onPickImage}>
            图片
          </Button>
          <Button type="primary" className="tj-touch" disabled={text.trim() === '' || tooLong} onClick={send}>
            发送
          </Button>
        </>
      )}
    </View>
  )
}
