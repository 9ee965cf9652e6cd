import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import MePage from '@/pages/me/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer, reply } from '../../support/fake-server'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { settle } from '../../support/ui-actions'

// The tab page refreshes its counts on every show; under jest "shown" means mounted.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('../../support/taro-double')
  const { useEffect } = jest.requireActual('react')
  // Once per mount, like the first onShow: the callback is not a dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const useDidShow = (fn: () => void) => useEffect(() => fn(), [])
  return { __esModule: true, ...actual, useDidShow }
})

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: false, activeRole: null })
})

afterEach(cleanup)

describe('我的 → 送达文书, 消息通知, 验证协议真伪', () => {
  it('shows the unread counts and opens each page', async () => {
    startSession(makeTokenPair(1, makeMe()))
    const server = fakeServer({
      'GET /api/v1/inbox': () => reply(200, { items: [], unopened: 2 }),
      'GET /api/v1/notifications': () => reply(200, { items: [], total: 7, unread: 3 }),
    })
    testControls.setRequestHandler(server.handler)
    render(<MePage />)
    await settle()

    expect(screen.getByText('2 份未读')).toBeTruthy()
    expect(screen.getByText('3 条未读')).toBeTruthy()
    fireEvent.click(screen.getByText('送达文书'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/inbox/pages/index/index' })
    fireEvent.click(screen.getByText('消息通知'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/notifications/pages/index/index' })
    fireEvent.click(screen.getByText('验证协议真伪'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/verify/pages/index/index' })
  })

  it('keeps the entries without counts when the counts cannot be fetched', async () => {
    startSession(makeTokenPair(1, makeMe()))
    testControls.setRequestHandler(async () => {
      throw new Error('request:fail')
    })
    render(<MePage />)
    await settle()
    expect(screen.getByText('送达文书')).toBeTruthy()
    expect(screen.queryByText(/未读/)).toBeNull()
  })

  it('offers only the public agreement check to a visitor', async () => {
    render(<MePage />)
    await settle()
    expect(screen.queryByText('送达文书')).toBeNull()
    fireEvent.click(screen.getByText('验证协议真伪'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/verify/pages/index/index' })
  })
})
