import { RecorderError, type Recording, type VoiceRecorder } from './recorder'

/** What browsers record, best first: Chromium WebM/Opus, Firefox Ogg/Opus, Safari MP4/AAC. */
const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4']

const PERMISSION_TEXT = '浏览器未允许使用麦克风。请点地址栏左侧的图标，把“麦克风”设为允许后再试。'
const UNSUPPORTED_TEXT = '当前浏览器不支持录音，请使用微信小程序或新版浏览器（需 HTTPS 网址）。'

function pickMimeType(): string | undefined {
  const supported = (type: string) =>
    typeof MediaRecorder.isTypeSupported === 'function' ? MediaRecorder.isTypeSupported(type) : false
  return MIME_TYPES.find(supported)
}

/**
 * H5: getUserMedia + MediaRecorder. The result is uploaded as a Blob with the recorder's MIME type, which the
 * server checks against the bytes.
 */
export class H5Recorder implements VoiceRecorder {
  private recorder: MediaRecorder | null = null
  private stream: MediaStream | null = null
  private chunks: Blob[] = []
  private startedAt = 0
  private stopped: Promise<Recording> | null = null

  constructor(private readonly now: () => number = () => Date.now()) {}

  async start(): Promise<void> {
    if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      throw new RecorderError('unsupported', UNSUPPORTED_TEXT)
    }
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    } catch (error) {
      const name = (error as { name?: string })?.name
      if (name === 'NotAllowedError' || name === 'SecurityError') {
        throw new RecorderError('permission_denied', PERMISSION_TEXT)
      }
      throw new RecorderError('failed', '没有找到可用的麦克风，请检查设备后重试')
    }
    const mimeType = pickMimeType()
    this.chunks = []
    this.recorder = new MediaRecorder(this.stream, mimeType ? { mimeType } : undefined)
    this.recorder.ondataavailable = (event) => {
      if (event.data && event.data.size > 0) this.chunks.push(event.data)
    }
    const recorder = this.recorder
    this.stopped = new Promise<Recording>((resolve, reject) => {
      recorder.onstop = () => {
        const type = recorder.mimeType || mimeType || 'audio/webm'
        const blob = new Blob(this.chunks, { type })
        this.releaseMicrophone()
        if (blob.size === 0) return reject(new RecorderError('failed', '没有录到声音，请重试'))
        resolve({ filePath: URL.createObjectURL(blob), blob, durationMs: this.now() - this.startedAt })
      }
      recorder.onerror = () => {
        this.releaseMicrophone()
        reject(new RecorderError('failed', '录音失败，请稍后重试'))
      }
    })
    this.stopped.catch(() => undefined)
    this.startedAt = this.now()
    recorder.start()
  }

  stop(): Promise<Recording> {
    if (!this.recorder || !this.stopped) return Promise.reject(new RecorderError('failed', '录音尚未开始'))
    if (this.recorder.state !== 'inactive') this.recorder.stop()
    return this.stopped
  }

  cancel(): void {
    const recorder = this.recorder
    this.recorder = null
    if (recorder) {
      recorder.ondataavailable = null
      recorder.onstop = () => undefined
      if (recorder.state !== 'inactive') recorder.stop()
    }
    this.releaseMicrophone()
  }

  private releaseMicrophone(): void {
    this.stream?.getTracks().forEach((track) => track.stop())
    this.stream = null
  }
}
