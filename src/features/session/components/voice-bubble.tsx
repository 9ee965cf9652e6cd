import { Text, View } from '@tarojs/components'
import { useSyncExternalStore } from 'react'
import { useVoiceKit } from '../voice/voice-kit'

interface VoiceBubbleProps {
  fileId: string
  durationSec: number
}

/** A voice message: tap to play, tap again to stop; starting one stops any other. Longer audio, wider bubble. */
export function VoiceBubble({ fileId, durationSec }: VoiceBubbleProps) {
  const { player } = useVoiceKit()
  const state = useSyncExternalStore(player.subscribe, player.getState)
  const mine = state.fileId === fileId
  const status = mine ? state.status : 'idle'
  const label = status === 'loading' ? '加载中…' : status === 'playing' ? '播放中，点按停止' : '点按播放'
  // em follows the font size, so care mode widens it too.
  const minWidth = `${6 + Math.min(durationSec, 60) / 6}em`
  return (
    <View className="tj-voice-bubble-wrap">
      <View
        role="button"
        aria-label={`语音 ${durationSec} 秒，${label}`}
        aria-pressed={status === 'playing'}
        className={`tj-voice-bubble tj-voice-bubble--${status}`}
        style={{ minWidth }}
        onClick={() => void player.toggle(fileId)}
      >
        <Text className="tj-voice-bubble__icon">{status === 'playing' ? '■' : '▶'}</Text>
        <Text className="tj-voice-bubble__length">{durationSec}″</Text>
        <Text className="tj-voice-bubble__state">{label}</Text>
      </View>
      {mine && state.error ? (
        <View role="alert">
          <Text className="tj-error">{state.error}</Text>
        </View>
      ) : null}
    </View>
  )
}
