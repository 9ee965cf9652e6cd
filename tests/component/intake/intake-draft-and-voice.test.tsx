import { act, render, screen } from '@testing-library/react'
import { IntakeScreen } from '@/features/intake/components/intake-screen'
import { createIntakeDraftStore, useIntakeDraftStore } from '@/features/intake/stores/intake-draft-store'
import type { RecognitionHandlers, SpeechRecognizer } from '@/features/intake/voice/speech-recognizer'
import IntakePage from '@/packages/intake/pages/index/index'
import { taroSyncStorage } from '@/lib/storage'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { click, clickText, currentSlot, send, settle, textbox, typeInto } from './intake-helpers'
import { realIntakeServer } from './real-intake-api'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('./intake-helpers').TextareaDouble,
}))

const WAGE_STORY = '我在九龙坡区杨家坪街道团结路社区附近的工地干活，老板拖欠我3万工资，一直不给。'

function serve() {
  const server = realIntakeServer()
  testControls.setRequestHandler(server.handler)
  return server
}

/** A recogniser the test drives: it records the language asked for and hands back the handlers. */
function fakeRecognizer() {
  const state: { language: string | null; handlers: RecognitionHandlers | null; stopped: number } = {
    language: null,
    handlers: null,
    stopped: 0,
  }
  const recognizer: SpeechRecognizer = {
    languages: [
      { code: 'zh_CN', label: '普通话' },
      { code: 'sichuanhua', label: '四川话' },
    ],
    start: (language, handlers) => {
      state.language = language
      state.handlers = handlers
    },
    stop: () => {
      state.stopped += 1
    },
  }
  return { recognizer, state }
}

beforeEach(() => {
  testControls.reset()
  Object.assign(Taro, { showToast: jest.fn() })
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: false, activeRole: null })
  useIntakeDraftStore.getState().clear()
  startSession(makeTokenPair(1))
})

describe('intake draft', () => {
  it('keeps the unsent story and the session in storage and resumes the server session on reopen', async () => {
    serve()
    const rendered = render(<IntakePage />)
    await settle()
    typeInto(textbox('narrative'), '我在工地干活')
    // A store created from storage, as after the app was closed, sees the unsent words
    expect(createIntakeDraftStore(taroSyncStorage).getState().unsentText).toBe('我在工地干活')

    await send('narrative', WAGE_STORY)
    await click(screen.getByRole('button', { name: '跳过' }))
    expect(currentSlot()).toBe('employment_start')
    typeInto(textbox('answer'), '2024年3月')
    rendered.unmount()

    const reopened = createIntakeDraftStore(taroSyncStorage)
    expect(reopened.getState()).toMatchObject({ sessionId: 'session-1', ownerId: 'u-1', unsentText: '2024年3月' })
    render(<IntakeScreen me={makeMe()} draftStore={reopened} recognizer={null} />)
    await settle()
    await clickText('继续上次的填写')

    expect(screen.getByText('欢迎回来，我们继续上次的填写。')).toBeTruthy()
    expect(currentSlot()).toBe('employment_start')
    expect((textbox('answer') as HTMLTextAreaElement).value).toBe('2024年3月')
  })

  it('starts over when asked, closing the old session on the server', async () => {
    const server = serve()
    render(<IntakePage />)
    await settle()
    await send('narrative', WAGE_STORY)

    const reopened = createIntakeDraftStore(taroSyncStorage)
    render(<IntakeScreen me={makeMe()} draftStore={reopened} recognizer={null} />)
    await settle()
    await clickText('重新开始')

    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/v1/intake/sessions/session-1' })
    expect(server.sessions.get('session-1')!.row.status).toBe('abandoned')
    expect(reopened.getState().sessionId).toBeNull()
    expect(screen.getAllByPlaceholderText(/老板欠我3万元工资/).length).toBeGreaterThan(0)
  })

  it('keeps the draft when the session cannot be loaded for now (offline)', async () => {
    serve()
    const draft = createIntakeDraftStore(taroSyncStorage)
    draft.getState().startSession('u-1', 'session-1')
    testControls.setRequestHandler(async () => {
      throw new Error('request:fail offline')
    })
    render(<IntakeScreen me={makeMe()} draftStore={draft} recognizer={null} />)
    await settle()
    await clickText('继续上次的填写')

    expect(Taro.showToast).toHaveBeenCalledWith({ title: '暂时无法读取，请检查网络后再试', icon: 'none' })
    expect(draft.getState().sessionId).toBe('session-1')
    expect(screen.getByText('继续上次的填写')).toBeTruthy()
  })

  it('never shows another account’s draft', async () => {
    serve()
    const draft = createIntakeDraftStore(taroSyncStorage)
    draft.getState().startSession('someone-else', 'session-9')
    render(<IntakeScreen me={makeMe()} draftStore={draft} recognizer={null} />)
    await settle()

    expect(screen.queryByText('继续上次的填写')).toBeNull()
    expect(draft.getState().sessionId).toBeNull()
  })

  it('says so and starts fresh when the saved session was already submitted', async () => {
    const server = serve()
    render(<IntakePage />)
    await settle()
    await send('narrative', WAGE_STORY)
    server.sessions.get('session-1')!.row.status = 'submitted'

    const reopened = createIntakeDraftStore(taroSyncStorage)
    render(<IntakeScreen me={makeMe()} draftStore={reopened} recognizer={null} />)
    await settle()
    await clickText('继续上次的填写')

    expect(Taro.showToast).toHaveBeenCalledWith({ title: '上次的填写已结束，请重新开始', icon: 'none' })
    expect(reopened.getState().sessionId).toBeNull()
  })
})

describe('voice input', () => {
  it('hides the mic where the platform has no recogniser', async () => {
    serve()
    render(<IntakePage />)
    await settle()
    expect(screen.queryByRole('button', { name: '按一下说话' })).toBeNull()
    expect(textbox('narrative')).toBeTruthy()
  })

  it('puts what was heard into the box in the chosen dialect, for the resident to check before sending', async () => {
    const server = serve()
    const { recognizer, state } = fakeRecognizer()
    render(<IntakeScreen me={makeMe()} draftStore={useIntakeDraftStore} recognizer={recognizer} />)
    await settle()

    await clickText('四川话')
    await click(screen.getByRole('button', { name: '按一下说话' }))
    expect(state.language).toBe('sichuanhua')
    await settle()
    await act(async () => state.handlers!.onPartial('老板欠我'))
    expect((textbox('narrative') as HTMLTextAreaElement).value).toBe('老板欠我')
    await click(screen.getByRole('button', { name: '说完了' }))
    expect(state.stopped).toBe(1)
    await act(async () => state.handlers!.onFinal('老板欠我三万块工资'))

    expect((textbox('narrative') as HTMLTextAreaElement).value).toBe('老板欠我三万块工资')
    expect(server.requests).toHaveLength(0)
    state.handlers = null
  })

  it('tells the resident when the recogniser failed', async () => {
    serve()
    const { recognizer, state } = fakeRecognizer()
    render(<IntakeScreen me={makeMe()} draftStore={useIntakeDraftStore} recognizer={recognizer} />)
    await settle()
    await click(screen.getByRole('button', { name: '按一下说话' }))
    await act(async () => state.handlers!.onError('没听清，请再说一遍，或者直接打字'))

    expect(screen.getByText('没听清，请再说一遍，或者直接打字')).toBeTruthy()
    expect(screen.getByRole('button', { name: '按一下说话' })).toBeTruthy()
  })
})
