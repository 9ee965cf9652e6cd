import { isH5, isWeapp } from '@/lib/platform'
import type { SpeechRecognizer } from './speech-recognizer'
import { wechatSiRecognizer, type RecordRecognitionManager } from './wechat-si-recognizer'
import { webSpeechRecognizer, type WebSpeechConstructor } from './web-speech-recognizer'

declare const requirePlugin: ((name: string) => unknown) | undefined

function fromWechatPlugin(): SpeechRecognizer | null {
  // The plugin is declared on the intake subpackage only; outside it (or without authorisation) this throws.
  try {
    if (typeof requirePlugin !== 'function') return null
    const plugin = requirePlugin('WechatSI') as { getRecordRecognitionManager?: () => RecordRecognitionManager }
    const manager = plugin?.getRecordRecognitionManager?.()
    return manager ? wechatSiRecognizer(manager) : null
  } catch {
    return null
  }
}

function fromWebSpeech(): SpeechRecognizer | null {
  if (typeof window === 'undefined') return null
  const scope = window as unknown as {
    SpeechRecognition?: WebSpeechConstructor
    webkitSpeechRecognition?: WebSpeechConstructor
  }
  const Recognition = scope.SpeechRecognition ?? scope.webkitSpeechRecognition
  return Recognition ? webSpeechRecognizer(Recognition) : null
}

/** The recogniser this platform offers, or null: then the mic button is not shown at all. */
export function detectSpeechRecognizer(): SpeechRecognizer | null {
  if (isWeapp) return fromWechatPlugin()
  if (isH5) return fromWebSpeech()
  return null
}
