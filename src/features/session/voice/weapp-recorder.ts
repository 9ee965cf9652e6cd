import Taro from '@tarojs/taro'
import { MAX_VOICE_MS, RecorderError, type Recording, type VoiceRecorder } from './recorder'

const PERMISSION_TEXT = '未获得麦克风权限，无法录音。请点“去设置”，打开“麦克风”后再试。'

const isAuthDenied = (errMsg: string | undefined) => /auth|deny|denied|permission/i.test(errMsg ?? '')

/**
 * weapp: the single RecorderManager, MP3 (which every WeChat version plays and the server recognises),
 * mono 16 kHz, stopping by itself at the limit. Its listeners are set again per recording, so a stop from
 * an earlier, cancelled recording cannot reach this one.
 */
export class WeappRecorder implements VoiceRecorder {
  private finished: Recording | null = null
  private failed: RecorderError | null = null
  private waiting: { resolve: (r: Recording) => void; reject: (e: RecorderError) => void } | null = null
  private discard = false

  async start(): Promise<void> {
    try {
      await Taro.authorize({ scope: 'scope.record' })
    } catch {
      throw new RecorderError('permission_denied', PERMISSION_TEXT)
    }
    const manager = Taro.getRecorderManager()
    this.finished = null
    this.failed = null
    this.discard = false
    await new Promise<void>((resolve, reject) => {
      let started = false
      manager.onStart(() => {
        started = true
        resolve()
      })
      manager.onStop((result) => {
        if (this.discard) return
        this.settle({ filePath: result.tempFilePath, durationMs: Math.min(result.duration, MAX_VOICE_MS) })
      })
      manager.onError((result) => {
        const error = isAuthDenied(result.errMsg)
          ? new RecorderError('permission_denied', PERMISSION_TEXT)
          : new RecorderError('failed', '录音失败，请稍后重试')
        if (!started) return reject(error)
        this.fail(error)
      })
      manager.start({
        duration: MAX_VOICE_MS,
        sampleRate: 16000,
        numberOfChannels: 1,
        encodeBitRate: 48000,
        format: 'mp3',
      })
    })
  }

  stop(): Promise<Recording> {
    if (this.finished) return Promise.resolve(this.finished)
    if (this.failed) return Promise.reject(this.failed)
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject }
      Taro.getRecorderManager().stop()
    })
  }

  cancel(): void {
    this.discard = true
    this.waiting = null
    Taro.getRecorderManager().stop()
  }

  private settle(recording: Recording): void {
    this.finished = recording
    this.waiting?.resolve(recording)
    this.waiting = null
  }

  private fail(error: RecorderError): void {
    this.failed = error
    this.waiting?.reject(error)
    this.waiting = null
  }
}
