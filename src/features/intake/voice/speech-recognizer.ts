/** One interface over the platforms' speech recognisers, so the composer does not care which one runs. */
export interface VoiceLanguage {
  code: string
  label: string
}

export interface RecognitionHandlers {
  /** Text so far while the resident speaks (replaced, not appended). */
  onPartial: (text: string) => void
  onFinal: (text: string) => void
  onError: (message: string) => void
}

export interface SpeechRecognizer {
  languages: readonly VoiceLanguage[]
  start: (language: string, handlers: RecognitionHandlers) => void
  stop: () => void
}

export const VOICE_ERROR = '没听清，请再说一遍，或者直接打字'
