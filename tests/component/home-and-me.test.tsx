import { act, fireEvent, render, screen } from '@testing-library/react'
import HomePage from '@/pages/home/index'
import MePage from '@/pages/me/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer, reply } from '../support/fake-server'
import { makeMe, makeTokenPair } from '../support/fixtures'
import Taro, { testControls } from '../support/taro-double'

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: false, activeRole: null })
})

async function click(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

describe('home', () => {
  it('asks a visitor to log in', async () => {
    render(<HomePage />)
    await click('登录 / 注册')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/auth/pages/login/index' })
  })

  it("shows a resident's entry points, marking unbuilt ones 即将上线 instead of linking nowhere", async () => {
    startSession(makeTokenPair(1, makeMe({ displayName: '王五' })))
    render(<HomePage />)

    expect(screen.getByText('王五，您好（居民）')).toBeTruthy()
    const knowledge = screen.getByText('法律知识').closest('[role="button"]') as HTMLElement
    expect(knowledge.getAttribute('aria-disabled')).toBe('true')
    expect(knowledge.textContent).toContain('即将上线')
    fireEvent.click(knowledge)
    expect(Taro.navigateTo).not.toHaveBeenCalled()

    await click('我要调解')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/intake/pages/index/index' })
    await click('我的案件')
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cases/index' })
  })

  it('shows the home of the active role for staff with several roles', () => {
    const me = makeMe({ settings: { careMode: null, activeRole: 'committee_admin' } }, ['mediator', 'committee_admin'])
    startSession(makeTokenPair(1, me))
    render(<HomePage />)
    expect(screen.getByText('待受理')).toBeTruthy()
    expect(screen.queryByText('今日调解')).toBeNull()
  })
})

describe('me', () => {
  it('switches role through PATCH /me/settings', async () => {
    startSession(makeTokenPair(1, makeMe({}, ['mediator', 'committee_admin'])))
    const server = fakeServer({
      'PATCH /api/v1/me/settings': (request) =>
        reply(
          200,
          makeMe({ settings: { careMode: null, ...(request.body as object) } as never }, [
            'mediator',
            'committee_admin',
          ]),
        ),
    })
    testControls.setRequestHandler(server.handler)
    render(<MePage />)

    await click('调委会管理员')

    expect(server.requests[0]).toMatchObject({ method: 'PATCH', body: { activeRole: 'committee_admin' } })
    expect(useSettingsStore.getState().activeRole).toBe('committee_admin')
  })

  it('hides the role switcher for a single-role account', () => {
    startSession(makeTokenPair(1))
    render(<MePage />)
    expect(screen.queryByText('切换身份')).toBeNull()
  })

  it('checks the ID number before sending it, then shows only the masked value', async () => {
    startSession(makeTokenPair(1))
    const verified = makeMe({ realName: { verified: true, name: '张三', idNumberMasked: '500107********1236' } })
    const server = fakeServer({ 'PUT /api/v1/me/real-name': () => reply(200, verified) })
    testControls.setRequestHandler(server.handler)
    render(<MePage />)

    fireEvent.change(screen.getByPlaceholderText('姓名（与身份证一致）'), { target: { value: '张三' } })
    fireEvent.change(screen.getByPlaceholderText('18位身份证号'), { target: { value: '500107198503151237' } })
    await click('提交实名信息')
    expect(screen.getByText('身份证号校验位不正确，请核对后重新输入')).toBeTruthy()
    expect(server.requests).toHaveLength(0)

    fireEvent.change(screen.getByPlaceholderText('18位身份证号'), { target: { value: '500107198503151236' } })
    await click('提交实名信息')

    expect(server.requests[0]).toMatchObject({ method: 'PUT', body: { name: '张三', idNumber: '500107198503151236' } })
    expect(screen.getByText('身份证号：500107********1236')).toBeTruthy()
    expect(document.body.textContent).not.toContain('500107198503151236')
  })

  it('logs out locally even when the server cannot be reached', async () => {
    startSession(makeTokenPair(1))
    testControls.setRequestHandler(async () => {
      throw new Error('request:fail')
    })
    render(<MePage />)
    await click('退出登录')
    expect(useAuthStore.getState().refreshToken).toBeNull()
    expect(screen.getByText('请先登录')).toBeTruthy()
  })
})
