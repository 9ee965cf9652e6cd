/** Longest voice message the room records; the recorder stops by itself here and the message is sent. */
export const MAX_VOICE_MS = 60_000
/** Shorter presses are almost always accidental taps. */
export const MIN_VOICE_MS = 1_000

/** What a finished recording leaves behind: a local file to upload, and how long it is. */
export interface Recording {
  /** weapp: the recorder's temp file; H5: a blob: URL. */
  filePath: string
  /** H5: the recording itself, uploaded as is. */
  blob?: Blob
  durationMs: number
}

export type RecorderFailure = 'permission_denied' | 'unsupported' | 'failed'

export class RecorderError extends Error {
  constructor(
    readonly reason: RecorderFailure,
    message: string,
  ) {
    super(message)
    this.name = 'RecorderError'
  }
}

/**
 * One recording at a time, on either platform: the weapp RecorderManager or the browser's MediaRecorder.
 * `start` asks for the microphone when needed; `stop` resolves with the file (also after the platform
 * stopped by itself at the limit); `cancel` throws the recording away.
 */
export interface VoiceRecorder {
  start(): Promise<void>
  stop(): Promise<Recording>
  cancel(): void
}

export function recorderErrorOf(error: unknown): RecorderError {
  if (error instanceof RecorderError) return error
  return new RecorderError('failed', '录音失败，请重试')
}
