import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { fetchVoice } from '../api/fetch-voice'
import { platformAudioOutput } from './audio-output'
import { createPlatformRecorder } from './create-recorder'
import type { VoiceRecorder } from './recorder'
import { VoicePlayer } from './voice-player'

/** The platform parts voice messages need; tests pass their own at the platform boundary. */
export interface VoiceKit {
  createRecorder: () => VoiceRecorder
  player: VoicePlayer
}

export function platformVoiceKit(): VoiceKit {
  return { createRecorder: createPlatformRecorder, player: new VoicePlayer(platformAudioOutput, fetchVoice) }
}

const VoiceKitContext = createContext<VoiceKit | null>(null)

/** One kit per session screen: one player for all its rooms, silenced when the screen goes away. */
export function VoiceKitProvider({ kit, children }: { kit?: VoiceKit; children: ReactNode }) {
  const [value] = useState(() => kit ?? platformVoiceKit())
  useEffect(() => () => value.player.dispose(), [value])
  return <VoiceKitContext.Provider value={value}>{children}</VoiceKitContext.Provider>
}

export function useVoiceKit(): VoiceKit {
  const kit = useContext(VoiceKitContext)
  if (!kit) throw new Error('useVoiceKit outside VoiceKitProvider')
  return kit
}
