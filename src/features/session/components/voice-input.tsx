import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef } from 'react'
import { isWeapp } from '@/lib/platform'
import { useVoiceRecording } from '../hooks/use-voice-recording'
import { MAX_VOICE_MS } from '../voice/recorder'

/** How far (px) the finger slides up before releasing cancels. */
const SLIDE_CANCEL_PX = 60
/** A tap after a touch is the same gesture's click, not a tap-to-record. */
const CLICK_AFTER_TOUCH_MS = 800

interface VoiceInputProps {
  caseId: string
  roomId: string
  onRecorded: (fileId: string, durationSec: number) => void
}

type TouchPoint = { clientY: number }
type TouchLike = { touches?: ArrayLike<TouchPoint>; changedTouches?: ArrayLike<TouchPoint> }
const touchY = (event: unknown) => {
  const touch = event as TouchLike
  return touch.touches?.[0]?.clientY ?? touch.changedTouches?.[0]?.clientY ?? 0
}

export function formatSeconds(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * Hold to talk (release sends, slide up cancels), or tap once and use 发送 / 取消 — for a mouse, or for
 * anyone who finds holding hard. Big targets and plain hints for elderly users.
 */
export function VoiceInput({ caseId, roomId, onRecorded }: VoiceInputProps) {
  const { state, begin, finish, cancel, armCancel, dismissError } = useVoiceRecording(caseId, roomId, onRecorded)
  const startY = useRef(0)
  const armed = useRef(false)
  const lastTouchAt = useRef(0)
  const recording = state.phase === 'starting' || state.phase === 'recording'
  const holding = recording && state.mode === 'hold'

  const onTouchStart = (event: unknown) => {
    lastTouchAt.current = Date.now()
    startY.current = touchY(event)
    armed.current = false
    void begin('hold')
  }
  const onTouchMove = (event: unknown) => {
    lastTouchAt.current = Date.now()
    armed.current = startY.current - touchY(event) > SLIDE_CANCEL_PX
    armCancel(armed.current)
  }
  const onTouchEnd = () => {
    lastTouchAt.current = Date.now()
    if (armed.current) cancel()
    else void finish()
  }
  const onClick = () => {
    if (Date.now() - lastTouchAt.current < CLICK_AFTER_TOUCH_MS) return
    if (state.phase === 'idle') void begin('tap')
  }

  const holdLabel = state.phase === 'uploading' ? '正在发送…' : holding ? '松开 发送' : '按住 说话'
  return (
    <View className="tj-voice">
      {recording ? (
        <View className={`tj-voice__panel ${state.cancelArmed ? 'tj-voice__panel--cancel' : ''}`} role="status">
          <Text className="tj-voice__timer">
            {state.phase === 'starting' ? '正在打开麦克风…' : `正在录音 ${formatSeconds(state.elapsedMs)}`}
          </Text>
          <Text className="tj-voice__limit">最长 {MAX_VOICE_MS / 1000} 秒</Text>
          {state.mode === 'hold' ? (
            <Text className="tj-voice__hint">{state.cancelArmed ? '松开手指，取消发送' : '松开发送 · 上滑取消'}</Text>
          ) : (
            <View className="tj-voice__actions">
              <Button className="tj-touch tj-voice__cancel" onClick={cancel}>
                取消
              </Button>
              <Button type="primary" className="tj-touch" onClick={() => void finish()}>
                发送
              </Button>
            </View>
          )}
        </View>
      ) : null}
      {state.mode === 'tap' && recording ? null : (
        <View
          role="button"
          aria-label="按住说话，松开发送，上滑取消"
          className={`tj-voice__hold ${holding ? 'tj-voice__hold--active' : ''}`}
          catchMove
          onTouchStart={onTouchStart}
          onTouchMove={onTouchMove}
          onTouchEnd={onTouchEnd}
          onTouchCancel={cancel}
          onClick={onClick}
        >
          <Text>{holdLabel}</Text>
        </View>
      )}
      {state.error ? (
        <View role="alert" className="tj-voice__error">
          <Text className="tj-error">{state.error.message}</Text>
          {state.error.permission && isWeapp ? (
            <Button className="tj-touch" onClick={() => void Taro.openSetting().finally(dismissError)}>
              去设置
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
