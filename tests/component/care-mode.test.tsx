import { act, fireEvent, render, screen } from '@testing-library/react'
import { PageShell } from '@/components/page-shell'
import { CareModeSetting } from '@/features/me/components/care-mode-setting'
import { useAuthStore } from '@/stores/auth-store'
import { updateMe } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer, reply } from '../support/fake-server'
import { makeMe, makeTokenPair } from '../support/fixtures'
import { testControls } from '../support/taro-double'

function rootOf(container: HTMLElement): HTMLElement {
  return container.querySelector('.app-root') as HTMLElement
}

function renderSettingsPage() {
  return render(
    <PageShell>
      <CareModeSetting onSaved={updateMe} />
    </PageShell>,
  )
}

async function toggleSwitch() {
  await act(async () => {
    fireEvent.click(document.querySelector('.nut-switch')!)
  })
}

beforeEach(() => {
  testControls.reset()
  useSettingsStore.setState({ careMode: null, activeRole: null })
  useAuthStore.getState().setSession(makeTokenPair(1))
  window.matchMedia = jest.fn().mockReturnValue({ matches: false }) as unknown as typeof window.matchMedia
})

describe('care mode', () => {
  it('switches the token class on the page root and on <body> (for H5 overlays)', () => {
    useSettingsStore.setState({ careMode: false })
    const { container } = render(<PageShell>内容</PageShell>)
    expect(rootOf(container).className).toBe('app-root')

    act(() => useSettingsStore.getState().setCareMode(true))
    expect(rootOf(container).className).toBe('app-root app-root--care')
    expect(document.body.classList.contains('app-root--care')).toBe(true)
  })

  it('follows the system when the user has not chosen (H5: high-contrast preference)', () => {
    window.matchMedia = jest.fn().mockReturnValue({ matches: true }) as unknown as typeof window.matchMedia
    const { container } = render(<PageShell>内容</PageShell>)
    expect(rootOf(container).dataset.careMode).toBe('on')
  })

  it('follows the WeChat font size setting in the mini-program', () => {
    jest.isolateModules(() => {
      process.env.TARO_ENV = 'weapp'
      try {
        const { systemPrefersLargeText } = require('@/lib/platform') as typeof import('@/lib/platform')
        // The isolated registry has its own Taro double.
        const taro = require('../support/taro-double') as typeof import('../support/taro-double')
        taro.testControls.setFontSizeSetting(17)
        expect(systemPrefersLargeText()).toBe(false)
        taro.testControls.setFontSizeSetting(22)
        expect(systemPrefersLargeText()).toBe(true)
        taro.testControls.setFontSizeSetting(undefined)
        expect(systemPrefersLargeText()).toBe(false)
      } finally {
        process.env.TARO_ENV = 'h5'
      }
    })
  })

  it('turns on at once and is saved to the account', async () => {
    const server = fakeServer({
      'PATCH /api/v1/me/settings': (request) =>
        reply(
          200,
          makeMe({ settings: { careMode: (request.body as { careMode: boolean }).careMode, activeRole: null } }),
        ),
    })
    testControls.setRequestHandler(server.handler)
    const { container } = renderSettingsPage()
    expect(rootOf(container).dataset.careMode).toBe('off')

    await toggleSwitch()

    expect(rootOf(container).dataset.careMode).toBe('on')
    expect(server.requests).toEqual([
      { method: 'PATCH', path: '/api/v1/me/settings', body: { careMode: true }, authorization: 'Bearer access-1' },
    ])
    expect(useAuthStore.getState().me?.settings.careMode).toBe(true)
  })

  it('goes back and says so when the account could not be updated', async () => {
    const server = fakeServer({
      'PATCH /api/v1/me/settings': () => reply(500, { code: 'INTERNAL', message: '服务器开小差了' }),
    })
    testControls.setRequestHandler(server.handler)
    const { container } = renderSettingsPage()

    await toggleSwitch()

    expect(rootOf(container).dataset.careMode).toBe('off')
    expect(screen.getByText('服务器开小差了（关怀模式未保存）')).toBeTruthy()
  })
})
