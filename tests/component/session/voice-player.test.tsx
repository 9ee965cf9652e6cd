import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import type { SessionMessage } from '@contract/sessions'
import { fetchVoice } from '@/features/session/api/fetch-voice'
import { weappAudioOutput } from '@/features/session/voice/audio-output'
import { VoicePlayer } from '@/features/session/voice/voice-player'
import { WeappRecorder } from '@/features/session/voice/weapp-recorder'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { enterRoom, ME, serverSays, settle } from './enter-room'
import { textMessage } from './fake-room-socket'

/** Playing voice messages with the real player and download code; the audio element and network are fake. */

function voiceMessage(seq: number, fileId: string, durationSec: number, sender = 'u-2'): SessionMessage {
  return { ...textMessage(seq, '', sender), kind: 'voice', text: null, fileId, durationSec }
}

/** WeChat's InnerAudioContext: records what it was told to play. */
function fakeAudioContext() {
  const context = {
    src: '',
    obeyMuteSwitch: true,
    played: [] as string[],
    ended: null as (() => void) | null,
    errored: null as (() => void) | null,
    stops: 0,
    play: () => void context.played.push(context.src),
    stop: () => void (context.stops += 1),
    onEnded: (fn: () => void) => void (context.ended = fn),
    onError: (fn: () => void) => void (context.errored = fn),
  }
  return context
}

let audio: ReturnType<typeof fakeAudioContext>
let downloads: Array<{ url: string; authorization: string | undefined }>
let failDownloads = false
let releaseDownload: (() => void) | null = null

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  startSession(makeTokenPair(1, makeMe({ id: ME })))
  audio = fakeAudioContext()
  downloads = []
  failDownloads = false
  Object.assign(Taro, { createInnerAudioContext: jest.fn(() => audio) })
  let n = 0
  Object.assign(URL, {
    createObjectURL: jest.fn(() => `blob:http://api.test/voice-${++n}`),
    revokeObjectURL: jest.fn(),
  })
  Object.assign(globalThis, {
    fetch: jest.fn(async (url: string, init: { headers: Record<string, string> }) => {
      downloads.push({ url, authorization: init.headers.Authorization })
      if (releaseDownload === null && url.endsWith('slow')) await new Promise<void>((r) => (releaseDownload = r))
      if (failDownloads) return { ok: false, status: 404, blob: async () => new Blob([]) }
      return { ok: true, status: 200, blob: async () => new Blob(['ID3'], { type: 'audio/mpeg' }) }
    }),
  })
})

async function roomWithVoices() {
  const kit = { createRecorder: () => new WeappRecorder(), player: new VoicePlayer(weappAudioOutput, fetchVoice) }
  const { socket } = await enterRoom('applicant', kit)
  await serverSays(() => {
    socket.serve({ type: 'message', message: voiceMessage(4, 'f-a', 8) })
    socket.serve({ type: 'message', message: voiceMessage(5, 'f-b', 42, 'u-3') })
  })
  return { kit, socket }
}

const bubble = (seconds: number) => screen.getByRole('button', { name: new RegExp(`^语音 ${seconds} 秒`) })

async function tap(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

describe('voice messages: playing', () => {
  it('downloads with the token, plays one message at a time and shows which one plays', async () => {
    await roomWithVoices()
    expect(bubble(8).textContent).toContain('8″')
    expect(bubble(8).getAttribute('aria-pressed')).toBe('false')

    await tap(bubble(8))
    expect(downloads).toEqual([{ url: 'http://api.test/api/v1/files/f-a', authorization: 'Bearer access-1' }])
    expect(audio.played).toEqual(['blob:http://api.test/voice-1'])
    expect(audio.obeyMuteSwitch).toBe(false)
    expect(bubble(8).getAttribute('aria-pressed')).toBe('true')
    expect(bubble(8).textContent).toContain('播放中，点按停止')

    // Another message stops the first: only one plays.
    await tap(bubble(42))
    expect(audio.stops).toBe(1)
    expect(audio.played).toEqual(['blob:http://api.test/voice-1', 'blob:http://api.test/voice-2'])
    expect(bubble(8).getAttribute('aria-pressed')).toBe('false')
    expect(bubble(42).getAttribute('aria-pressed')).toBe('true')

    // Played to the end: back to idle.
    await act(async () => audio.ended?.())
    expect(bubble(42).getAttribute('aria-pressed')).toBe('false')
    expect(bubble(42).textContent).toContain('点按播放')

    // Played again: the file is not downloaded twice. Tapping the playing one stops it.
    await tap(bubble(8))
    expect(downloads).toHaveLength(2)
    expect(audio.played[audio.played.length - 1]).toBe('blob:http://api.test/voice-1')
    await tap(bubble(8))
    expect(bubble(8).getAttribute('aria-pressed')).toBe('false')
    expect(audio.stops).toBe(3)

    // Leaving the room lets go of the downloaded files.
    cleanup()
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://api.test/voice-1')
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://api.test/voice-2')
  })

  it('shows a failed download on the message and plays nothing', async () => {
    failDownloads = true
    await roomWithVoices()
    await tap(bubble(8))
    expect(audio.played).toHaveLength(0)
    expect(screen.getByRole('alert').textContent).toBe('语音加载失败，请检查网络后重试')
    expect(bubble(8).getAttribute('aria-pressed')).toBe('false')
  })

  it('shows a file the audio element cannot play as an error on that message', async () => {
    await roomWithVoices()
    await tap(bubble(42))
    await act(async () => audio.errored?.())
    expect(screen.getByRole('alert').textContent).toBe('语音无法播放，请稍后重试')
    expect(bubble(42).getAttribute('aria-pressed')).toBe('false')
    // Trying again clears it.
    await tap(bubble(42))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(bubble(42).getAttribute('aria-pressed')).toBe('true')
  })

  it('shows loading while the file downloads, and a later tap wins over a slow download', async () => {
    const { socket } = await roomWithVoices()
    await serverSays(() => socket.serve({ type: 'message', message: voiceMessage(6, 'slow', 3) }))
    releaseDownload = null
    await tap(bubble(3))
    expect(bubble(3).textContent).toContain('加载中…')
    await tap(bubble(8))
    await act(async () => releaseDownload?.())
    await settle()
    // Only the later tap's file plays (its download finished first, so it got the first object URL).
    expect(audio.played).toEqual(['blob:http://api.test/voice-1'])
    expect(downloads.map((d) => d.url.split('/').pop())).toEqual(['slow', 'f-a'])
    expect(bubble(8).getAttribute('aria-pressed')).toBe('true')
    expect(bubble(3).getAttribute('aria-pressed')).toBe('false')
  })
})
