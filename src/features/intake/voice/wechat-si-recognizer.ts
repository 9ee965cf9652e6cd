import { VOICE_ERROR, type RecognitionHandlers, type SpeechRecognizer } from './speech-recognizer'

/** The parts of the WechatSI plugin's record recognition manager we use (its docs: lang zh_CN … sichuanhua). */
export interface RecordRecognitionManager {
  start: (options: { duration?: number; lang?: string }) => void
  stop: () => void
  onRecognize: ((result: { result: string }) => void) | null
  onStop: ((result: { result: string }) => void) | null
  onError: ((error: { retcode: number; msg: string }) => void) | null
}

/** The plugin caps one recording at 60 s. */
const MAX_RECORDING_MS = 60_000

export function wechatSiRecognizer(manager: RecordRecognitionManager): SpeechRecognizer {
  let handlers: RecognitionHandlers | null = null
  manager.onRecognize = (result) => handlers?.onPartial(result.result)
  manager.onStop = (result) => handlers?.onFinal(result.result ?? '')
  manager.onError = () => handlers?.onError(VOICE_ERROR)
  return {
    languages: [
      { code: 'zh_CN', label: '普通话' },
      { code: 'sichuanhua', label: '四川话' },
    ],
    start: (language, next) => {
      handlers = next
      manager.start({ duration: MAX_RECORDING_MS, lang: language })
    },
    stop: () => manager.stop(),
  }
}
