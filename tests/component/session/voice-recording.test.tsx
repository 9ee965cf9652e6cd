import { act, fireEvent, screen } from '@testing-library/react'
import { fetchVoice } from '@/features/session/api/fetch-voice'
import { weappAudioOutput } from '@/features/session/voice/audio-output'
import { H5Recorder } from '@/features/session/voice/h5-recorder'
import type { VoiceKit } from '@/features/session/voice/voice-kit'
import { VoicePlayer } from '@/features/session/voice/voice-player'
import { WeappRecorder } from '@/features/session/voice/weapp-recorder'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { enterRoom, ME, settle } from './enter-room'

/**
 * The voice composer with the real recorders, upload and room connection; only the platform is fake:
 * WeChat's RecorderManager / authorize / uploadFile, or the browser's getUserMedia / MediaRecorder.
 */

type Handler<T = void> = (value: T) => void

/** WeChat's RecorderManager: starts when asked, reports a temp file when stopped. */
function fakeRecorderManager() {
  const handlers: { start?: Handler; stop?: Handler<Record<string, unknown>>; error?: Handler<{ errMsg: string }> } = {}
  const manager = {
    startOptions: [] as Array<Record<string, unknown>>,
    stopCalls: 0,
    durationMs: 5200,
    onStart: (fn: Handler) => void (handlers.start = fn),
    onStop: (fn: Handler<Record<string, unknown>>) => void (handlers.stop = fn),
    onError: (fn: Handler<{ errMsg: string }>) => void (handlers.error = fn),
    start(options: Record<string, unknown>) {
      manager.startOptions.push(options)
      setTimeout(() => handlers.start?.(), 0)
    },
    stop() {
      manager.stopCalls += 1
      const result = { tempFilePath: 'wxfile://tmp/voice.mp3', duration: manager.durationMs, fileSize: 20_000 }
      setTimeout(() => handlers.stop?.(result), 0)
    },
  }
  return manager
}

let clock = 1_000_000
let uploads: Array<Record<string, unknown>> = []
let manager: ReturnType<typeof fakeRecorderManager>
let authorize: jest.Mock

const weappKit = (): VoiceKit => ({
  createRecorder: () => new WeappRecorder(),
  player: new VoicePlayer(weappAudioOutput, fetchVoice),
})

async function click(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
  await settle()
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  startSession(makeTokenPair(1, makeMe({ id: ME })))
  clock = 1_000_000
  jest.spyOn(Date, 'now').mockImplementation(() => clock)
  uploads = []
  manager = fakeRecorderManager()
  authorize = jest.fn(async () => ({ errMsg: 'authorize:ok' }))
  Object.assign(Taro, {
    authorize,
    openSetting: jest.fn(async () => ({ authSetting: {} })),
    getRecorderManager: () => manager,
    uploadFile: jest.fn(async (option: Record<string, unknown>) => {
      uploads.push(option)
      return { statusCode: 201, data: JSON.stringify({ id: `voice-${uploads.length}`, kind: 'audio' }) }
    }),
  })
})
afterEach(() => jest.restoreAllMocks())

describe('voice messages: recording (weapp RecorderManager)', () => {
  it('records with 发送 / 取消, uploads the MP3 to the case as audio and sends it with its length', async () => {
    const { socket } = await enterRoom('applicant', weappKit())
    await click('语音')
    expect(screen.getByRole('button', { name: '按住说话，松开发送，上滑取消' }).textContent).toBe('按住 说话')
    await click('按住 说话')
    expect(authorize).toHaveBeenCalledWith({ scope: 'scope.record' })
    expect(manager.startOptions).toEqual([expect.objectContaining({ format: 'mp3', duration: 60_000 })])
    expect(screen.getByRole('status').textContent).toContain('正在录音 0:00')
    expect(screen.getByText('最长 60 秒')).toBeTruthy()

    clock += 5200
    await click('发送')
    expect(manager.stopCalls).toBe(1)
    expect(uploads).toEqual([
      expect.objectContaining({
        url: 'http://api.test/api/v1/cases/case-1/files?kind=audio&roomId=room-1',
        filePath: 'wxfile://tmp/voice.mp3',
        name: 'file',
        header: { Authorization: 'Bearer access-1' },
      }),
    ])
    expect(socket.framesOf('send')).toEqual([
      { type: 'send', clientMsgId: expect.any(String), kind: 'voice', fileId: 'voice-1', durationSec: 5 },
    ])
    expect(document.querySelector('[data-client-msg-id]')?.textContent).toContain('[语音 5″]')
    // Ready for the next one.
    expect(screen.getByText('按住 说话')).toBeTruthy()
  })

  it('throws a cancelled recording away: nothing is uploaded or sent', async () => {
    const { socket } = await enterRoom('applicant', weappKit())
    await click('语音')
    await click('按住 说话')
    clock += 3000
    await click('取消')
    expect(manager.stopCalls).toBe(1)
    expect(uploads).toHaveLength(0)
    expect(socket.framesOf('send')).toHaveLength(0)
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('drops a press shorter than a second with a hint', async () => {
    const { socket } = await enterRoom('applicant', weappKit())
    await click('语音')
    await click('按住 说话')
    clock += 400
    await click('发送')
    expect(screen.getByRole('alert').textContent).toContain('说话时间太短')
    expect(uploads).toHaveLength(0)
    expect(socket.framesOf('send')).toHaveLength(0)
  })

  it('stops by itself at 60 seconds and sends what was recorded', async () => {
    const { socket } = await enterRoom('applicant', weappKit())
    await click('语音')
    await click('按住 说话')
    manager.durationMs = 60_000
    clock += 61_000
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300)) // one tick of the recording timer
    })
    await settle()
    expect(manager.stopCalls).toBe(1)
    expect(socket.framesOf('send')).toEqual([expect.objectContaining({ kind: 'voice', durationSec: 60 })])
  })

  it('explains a refused microphone permission in Chinese, and records nothing', async () => {
    Object.assign(Taro, { authorize: jest.fn(async () => Promise.reject({ errMsg: 'authorize:fail auth deny' })) })
    await enterRoom('applicant', weappKit())
    await click('语音')
    await click('按住 说话')
    expect(screen.getByRole('alert').textContent).toContain('未获得麦克风权限')
    expect(screen.getByRole('alert').textContent).toContain('打开“麦克风”后再试')
    expect(manager.startOptions).toHaveLength(0)
  })

  it('asks for a fresh press when released while the microphone was still opening', async () => {
    let allow: () => void = () => undefined
    Object.assign(Taro, { authorize: jest.fn(() => new Promise<void>((resolve) => (allow = resolve))) })
    const { socket } = await enterRoom('applicant', weappKit())
    await click('语音')
    await click('按住 说话')
    expect(screen.getByRole('status').textContent).toContain('正在打开麦克风…')
    await click('发送')
    await act(async () => allow())
    await settle()
    expect(screen.getByRole('alert').textContent).toBe('麦克风已就绪，请重新按住按钮说话')
    expect(manager.stopCalls).toBe(1)
    expect(uploads).toHaveLength(0)
    expect(socket.framesOf('send')).toHaveLength(0)
  })

  it('shows an upload refusal and sends nothing', async () => {
    Object.assign(Taro, {
      uploadFile: jest.fn(async () => ({
        statusCode: 400,
        data: JSON.stringify({ code: 'FILE_KIND_NOT_ALLOWED', message: '此处只能上传音频' }),
      })),
    })
    const { socket } = await enterRoom('applicant', weappKit())
    await click('语音')
    await click('按住 说话')
    clock += 2000
    await click('发送')
    expect(screen.getByRole('alert').textContent).toBe('语音发送失败：此处只能上传音频')
    expect(socket.framesOf('send')).toHaveLength(0)
  })
})

describe('voice messages: recording (H5 MediaRecorder)', () => {
  const created: FakeMediaRecorder[] = []
  const track = { stop: jest.fn() }
  let objectUrls = 0

  class FakeMediaRecorder {
    static isTypeSupported = (type: string) => type.startsWith('audio/webm')
    state: 'inactive' | 'recording' = 'inactive'
    mimeType: string
    ondataavailable: ((event: { data: Blob }) => void) | null = null
    onstop: (() => void) | null = null
    onerror: (() => void) | null = null
    constructor(_stream: unknown, options?: { mimeType?: string }) {
      this.mimeType = options?.mimeType ?? ''
      created.push(this)
    }
    start() {
      this.state = 'recording'
    }
    stop() {
      this.state = 'inactive'
      setTimeout(() => {
        this.ondataavailable?.({ data: new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: this.mimeType }) })
        this.onstop?.()
      }, 0)
    }
  }

  const setMicrophone = (getUserMedia: () => Promise<unknown>) =>
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true })

  beforeEach(() => {
    created.length = 0
    track.stop.mockClear()
    Object.assign(globalThis, { MediaRecorder: FakeMediaRecorder })
    Object.assign(URL, {
      createObjectURL: jest.fn(() => `blob:http://api.test/rec-${++objectUrls}`),
      revokeObjectURL: jest.fn(),
    })
  })
  afterEach(() => {
    delete (globalThis as { MediaRecorder?: unknown }).MediaRecorder
  })

  const h5Kit = (): VoiceKit => ({ createRecorder: () => new H5Recorder(), player: weappKit().player })

  it('records WebM/Opus, posts the recording itself as multipart, releases the microphone and sends', async () => {
    setMicrophone(async () => ({ getTracks: () => [track] }))
    const posts: Array<{ url: string; init: { method: string; headers: Record<string, string>; body: FormData } }> = []
    Object.assign(globalThis, {
      fetch: jest.fn(async (url: string, init: (typeof posts)[number]['init']) => {
        posts.push({ url, init })
        return { status: 201, text: async () => JSON.stringify({ id: 'voice-h5', kind: 'audio' }) }
      }),
    })
    const { socket } = await enterRoom('respondent', h5Kit())
    await click('语音')
    await click('按住 说话')
    expect(created[0].mimeType).toBe('audio/webm;codecs=opus')
    clock += 3400
    await click('发送')
    // Not through Taro.uploadFile: that reads the blob: URL back over XHR, which the page's CSP forbids.
    expect(uploads).toHaveLength(0)
    expect(posts).toHaveLength(1)
    expect(posts[0].url).toBe('http://api.test/api/v1/cases/case-1/files?kind=audio&roomId=room-1')
    expect(posts[0].init).toMatchObject({ method: 'POST', headers: { Authorization: 'Bearer access-1' } })
    const part = posts[0].init.body.get('file') as File
    expect({ name: part.name, type: part.type, size: part.size }).toEqual({
      name: 'upload.webm',
      type: 'audio/webm;codecs=opus',
      size: 4,
    })
    expect(track.stop).toHaveBeenCalled()
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(`blob:http://api.test/rec-${objectUrls}`)
    expect(socket.framesOf('send')).toEqual([
      expect.objectContaining({ kind: 'voice', fileId: 'voice-h5', durationSec: 3 }),
    ])
  })

  it('explains a browser that refuses the microphone', async () => {
    setMicrophone(async () => Promise.reject(Object.assign(new Error('denied'), { name: 'NotAllowedError' })))
    const { socket } = await enterRoom('respondent', h5Kit())
    await click('语音')
    await click('按住 说话')
    expect(screen.getByRole('alert').textContent).toContain('浏览器未允许使用麦克风')
    expect(screen.getByRole('alert').textContent).toContain('地址栏左侧')
    expect(socket.framesOf('send')).toHaveLength(0)
  })

  it('says so when the browser cannot record at all', async () => {
    delete (globalThis as { MediaRecorder?: unknown }).MediaRecorder
    setMicrophone(async () => ({ getTracks: () => [track] }))
    await enterRoom('respondent', h5Kit())
    await click('语音')
    await click('按住 说话')
    expect(screen.getByRole('alert').textContent).toContain('当前浏览器不支持录音')
  })
})
