import { useCallback, useEffect, useRef, useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { uploadRoomFile } from '../api/upload-room-file'
import { MAX_VOICE_MS, MIN_VOICE_MS, recorderErrorOf, RecorderError, type VoiceRecorder } from '../voice/recorder'
import { useVoiceKit } from '../voice/voice-kit'

export type RecordingMode = 'hold' | 'tap'

export interface VoiceRecordingState {
  phase: 'idle' | 'starting' | 'recording' | 'uploading'
  /** hold: finger down, release sends; tap: 发送 / 取消 buttons (mouse, or anyone who cannot hold). */
  mode: RecordingMode
  elapsedMs: number
  /** hold mode: the finger slid up, releasing now cancels. */
  cancelArmed: boolean
  error: { message: string; permission: boolean } | null
}

const IDLE: VoiceRecordingState = { phase: 'idle', mode: 'hold', elapsedMs: 0, cancelArmed: false, error: null }
const TICK_MS = 250

function releaseLocalFile(filePath: string): void {
  if (filePath.startsWith('blob:')) URL.revokeObjectURL(filePath)
}

/**
 * Record → upload to the case's files → hand the file id and length to `onRecorded` (which sends the
 * message). Stops by itself at 60 s and sends; presses under a second are dropped with a hint.
 */
export function useVoiceRecording(
  caseId: string,
  roomId: string,
  onRecorded: (fileId: string, durationSec: number) => void,
) {
  const { createRecorder } = useVoiceKit()
  const [state, setState] = useState<VoiceRecordingState>(IDLE)
  const recorder = useRef<VoiceRecorder | null>(null)
  const startedAt = useRef(0)
  const ticker = useRef<ReturnType<typeof setInterval> | null>(null)
  /** Released (or cancelled) while the microphone was still being opened. */
  const endedEarly = useRef<'finish' | 'cancel' | null>(null)
  const phase = useRef<VoiceRecordingState['phase']>('idle')

  const set = useCallback((next: Partial<VoiceRecordingState>) => {
    if (next.phase) phase.current = next.phase
    setState((current) => ({ ...current, ...next }))
  }, [])

  const stopTicker = () => {
    if (ticker.current) clearInterval(ticker.current)
    ticker.current = null
  }

  const cancel = useCallback(() => {
    if (phase.current === 'starting') endedEarly.current = 'cancel'
    if (phase.current !== 'recording') return
    stopTicker()
    recorder.current?.cancel()
    recorder.current = null
    set({ phase: 'idle', elapsedMs: 0, cancelArmed: false })
  }, [set])

  const finish = useCallback(async () => {
    if (phase.current === 'starting') endedEarly.current = 'finish'
    if (phase.current !== 'recording' || !recorder.current) return
    stopTicker()
    const current = recorder.current
    recorder.current = null
    if (Date.now() - startedAt.current < MIN_VOICE_MS) {
      current.cancel()
      set({ ...IDLE, error: { message: '说话时间太短，请按住按钮说完再松开', permission: false } })
      return
    }
    set({ phase: 'uploading', cancelArmed: false })
    let filePath = ''
    try {
      const recording = await current.stop()
      filePath = recording.filePath
      const durationSec = Math.min(MAX_VOICE_MS / 1000, Math.max(1, Math.round(recording.durationMs / 1000)))
      const file = await uploadRoomFile(caseId, roomId, recording, 'audio')
      onRecorded(file.id, durationSec)
      set(IDLE)
    } catch (error) {
      const message = error instanceof RecorderError ? error.message : `语音发送失败：${messageOf(error)}`
      set({ ...IDLE, error: { message, permission: false } })
    } finally {
      if (filePath) releaseLocalFile(filePath)
    }
  }, [caseId, roomId, onRecorded, set])

  const begin = useCallback(
    async (mode: RecordingMode) => {
      if (phase.current !== 'idle') return
      endedEarly.current = null
      set({ ...IDLE, phase: 'starting', mode })
      const next = createRecorder()
      try {
        await next.start()
      } catch (error) {
        const failure = recorderErrorOf(error)
        set({ ...IDLE, error: { message: failure.message, permission: failure.reason === 'permission_denied' } })
        return
      }
      recorder.current = next
      startedAt.current = Date.now()
      set({ phase: 'recording', elapsedMs: 0 })
      // Let go while the microphone was opening (often: tapping 允许 in the permission prompt). Nothing worth
      // sending was said; ask for a fresh press instead of sending a blank second.
      const early = endedEarly.current
      if (early === 'cancel') return cancel()
      if (early === 'finish') {
        cancel()
        set({ error: { message: '麦克风已就绪，请重新按住按钮说话', permission: false } })
        return
      }
      ticker.current = setInterval(() => {
        const elapsedMs = Date.now() - startedAt.current
        if (elapsedMs >= MAX_VOICE_MS) return void finish()
        setState((current) => ({ ...current, elapsedMs }))
      }, TICK_MS)
    },
    [createRecorder, cancel, finish, set],
  )

  useEffect(
    () => () => {
      stopTicker()
      recorder.current?.cancel()
    },
    [],
  )

  return {
    state,
    begin,
    finish,
    cancel,
    armCancel: (armed: boolean) =>
      setState((current) => (current.cancelArmed === armed ? current : { ...current, cancelArmed: armed })),
    dismissError: () => setState((current) => ({ ...current, error: null })),
  }
}
