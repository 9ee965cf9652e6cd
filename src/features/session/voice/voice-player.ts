import type { AudioOutput } from './audio-output'

export interface PlayerState {
  /** The message's file being fetched, played, or that last failed; null when silent. */
  fileId: string | null
  status: 'idle' | 'loading' | 'playing'
  error: string | null
}

const IDLE: PlayerState = { fileId: null, status: 'idle', error: null }

/**
 * One voice message plays at a time in the whole room: starting another stops the first, tapping the playing
 * one stops it. Files are fetched once (they need the bearer token, which an audio src cannot carry).
 */
export class VoicePlayer {
  private state: PlayerState = IDLE
  private listeners = new Set<(state: PlayerState) => void>()
  private sources = new Map<string, string>()
  private output: AudioOutput | null = null
  /** Bumped per toggle, so a slow fetch of an earlier tap does not start playing over a later one. */
  private generation = 0

  constructor(
    private readonly createOutput: () => AudioOutput,
    private readonly fetchSource: (fileId: string) => Promise<string>,
  ) {}

  getState = (): PlayerState => this.state

  subscribe = (listener: (state: PlayerState) => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  async toggle(fileId: string): Promise<void> {
    const generation = ++this.generation
    if (this.state.fileId === fileId && this.state.status !== 'idle') return this.stop()
    this.output?.stop()
    this.update({ fileId, status: 'loading', error: null })
    let src = this.sources.get(fileId)
    try {
      if (!src) {
        src = await this.fetchSource(fileId)
        this.sources.set(fileId, src)
      }
    } catch {
      if (generation === this.generation) this.update({ ...IDLE, fileId, error: '语音加载失败，请检查网络后重试' })
      return
    }
    if (generation !== this.generation) return
    this.audio().play(src)
    this.update({ fileId, status: 'playing', error: null })
  }

  stop(): void {
    this.generation += 1
    this.output?.stop()
    this.update(IDLE)
  }

  /** Leaving the room: silence, and let go of the downloaded files (blob: URLs hold memory until revoked). */
  dispose(): void {
    this.stop()
    for (const src of this.sources.values()) if (src.startsWith('blob:')) URL.revokeObjectURL(src)
    this.sources.clear()
  }

  private audio(): AudioOutput {
    if (this.output) return this.output
    const output = this.createOutput()
    output.onEnded(() => {
      if (this.state.status === 'playing') this.update(IDLE)
    })
    output.onError(() => this.update({ ...IDLE, fileId: this.state.fileId, error: '语音无法播放，请稍后重试' }))
    this.output = output
    return output
  }

  private update(next: PlayerState): void {
    this.state = next
    for (const listener of this.listeners) listener(next)
  }
}
