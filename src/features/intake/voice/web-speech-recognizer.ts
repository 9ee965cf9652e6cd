import { VOICE_ERROR, type RecognitionHandlers, type SpeechRecognizer } from './speech-recognizer'

/** The slice of the Web Speech API we use (not in TypeScript's DOM lib). */
interface WebSpeechResultList {
  length: number
  [index: number]: { isFinal: boolean; 0: { transcript: string } }
}

export interface WebSpeechRecognition {
  lang: string
  continuous: boolean
  interimResults: boolean
  onresult: ((event: { results: WebSpeechResultList }) => void) | null
  onerror: ((event: { error: string }) => void) | null
  onend: (() => void) | null
  start: () => void
  stop: () => void
}

export type WebSpeechConstructor = new () => WebSpeechRecognition

export function webSpeechRecognizer(Recognition: WebSpeechConstructor): SpeechRecognizer {
  let active: WebSpeechRecognition | null = null
  return {
    languages: [{ code: 'zh-CN', label: '普通话' }],
    start: (language, handlers: RecognitionHandlers) => {
      const recognition = new Recognition()
      recognition.lang = language
      recognition.continuous = true
      recognition.interimResults = true
      let transcript = ''
      recognition.onresult = (event) => {
        transcript = Array.from({ length: event.results.length }, (_, i) => event.results[i][0].transcript).join('')
        handlers.onPartial(transcript)
      }
      recognition.onerror = (event) => {
        // "aborted" follows our own stop(); anything else is worth telling the resident.
        if (event.error !== 'aborted') handlers.onError(VOICE_ERROR)
      }
      recognition.onend = () => {
        active = null
        handlers.onFinal(transcript)
      }
      active = recognition
      recognition.start()
    },
    stop: () => active?.stop(),
  }
}
