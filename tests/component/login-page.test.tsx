import { act, fireEvent, render, screen } from '@testing-library/react'
import LoginPage from '@/packages/auth/pages/login/index'
import { useAuthStore } from '@/stores/auth-store'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer, reply } from '../support/fake-server'
import { makeMe, makeTokenPair } from '../support/fixtures'
import Taro, { testControls } from '../support/taro-double'

const PHONE = '13800138000'

function typeInto(placeholder: string, value: string) {
  fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } })
}

/** NutUI marks a disabled button with a class and swallows its clicks (it does not set the DOM attribute). */
function buttonDisabled(text: string): boolean {
  return screen.getByText(text).closest('button')!.className.includes('nut-button-disabled')
}

async function click(text: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: null, activeRole: null })
})

afterEach(() => jest.useRealTimers())

describe('login page', () => {
  it('explains what is wrong with the phone number before calling the server', async () => {
    const server = fakeServer({})
    testControls.setRequestHandler(server.handler)
    render(<LoginPage />)

    await click('获取验证码')
    expect(screen.getByText('请输入手机号')).toBeTruthy()

    typeInto('请输入手机号', '1380013')
    await click('获取验证码')
    expect(screen.getByText('请输入正确的11位手机号')).toBeTruthy()
    expect(server.requests).toHaveLength(0)
  })

  it('requests a code and counts down from retryAfterSeconds before allowing another', async () => {
    jest.useFakeTimers()
    const server = fakeServer({ 'POST /api/v1/auth/sms/send': () => reply(200, { sent: true, retryAfterSeconds: 3 }) })
    testControls.setRequestHandler(server.handler)
    render(<LoginPage />)

    typeInto('请输入手机号', PHONE)
    await click('获取验证码')

    expect(server.requests).toEqual([
      { method: 'POST', path: '/api/v1/auth/sms/send', body: { phone: PHONE }, authorization: undefined },
    ])
    expect(screen.getByText('验证码已发送至 138****8000')).toBeTruthy()
    expect(buttonDisabled('3秒后重新获取')).toBe(true)
    await click('3秒后重新获取')
    expect(server.requests).toHaveLength(1)

    await act(async () => {
      jest.advanceTimersByTime(1000)
    })
    expect(screen.getByText('2秒后重新获取')).toBeTruthy()

    await act(async () => {
      jest.advanceTimersByTime(2000)
    })
    expect(buttonDisabled('重新获取')).toBe(false)
    await click('重新获取')
    expect(server.requests).toHaveLength(2)
  })

  it('shows the server message when codes are requested too often', async () => {
    const server = fakeServer({
      'POST /api/v1/auth/sms/send': () => reply(429, { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' }),
    })
    testControls.setRequestHandler(server.handler)
    render(<LoginPage />)

    typeInto('请输入手机号', PHONE)
    await click('获取验证码')

    expect(screen.getByRole('alert').textContent).toBe('请求过于频繁，请稍后再试')
    expect(buttonDisabled('获取验证码')).toBe(false)
  })

  it('shows a wrong-code error, then logs in with the right code and leaves the page', async () => {
    const pair = makeTokenPair(1, makeMe({ settings: { careMode: true, activeRole: null } }))
    const server = fakeServer({
      'POST /api/v1/auth/sms/send': () => reply(200, { sent: true, retryAfterSeconds: 60 }),
      'POST /api/v1/auth/sms/login': (request) =>
        (request.body as { code: string }).code === '246810'
          ? reply(200, pair)
          : reply(401, { code: 'AUTH_CODE_INVALID', message: '验证码错误或已过期' }),
    })
    testControls.setRequestHandler(server.handler)
    render(<LoginPage />)

    typeInto('请输入手机号', PHONE)
    await click('获取验证码')
    typeInto('6位验证码', '12345')
    await click('登录')
    expect(screen.getByText('验证码为6位数字')).toBeTruthy()

    typeInto('6位验证码', '111111')
    await click('登录')
    expect(screen.getByRole('alert').textContent).toBe('验证码错误或已过期')
    expect(useAuthStore.getState().accessToken).toBeNull()

    typeInto('6位验证码', '246810')
    await click('登录')

    expect(server.requests.at(-1)).toMatchObject({
      path: '/api/v1/auth/sms/login',
      body: { phone: PHONE, code: '246810' },
    })
    expect(useAuthStore.getState()).toMatchObject({ accessToken: pair.accessToken, refreshToken: pair.refreshToken })
    expect(useSettingsStore.getState().careMode).toBe(true)
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  it('goes back to the page that asked for login', async () => {
    testControls.setPageStack(2)
    const server = fakeServer({ 'POST /api/v1/auth/sms/login': () => reply(200, makeTokenPair(2)) })
    testControls.setRequestHandler(server.handler)
    render(<LoginPage />)

    typeInto('请输入手机号', PHONE)
    typeInto('6位验证码', '246810')
    await click('登录')

    expect(Taro.navigateBack).toHaveBeenCalled()
    expect(Taro.switchTab).not.toHaveBeenCalled()
  })

  it('reports a network failure in Chinese', async () => {
    testControls.setRequestHandler(async () => {
      throw new Error('request:fail net::ERR_INTERNET_DISCONNECTED')
    })
    render(<LoginPage />)

    typeInto('请输入手机号', PHONE)
    await click('获取验证码')

    expect(screen.getByRole('alert').textContent).toBe('网络连接失败，请检查网络后重试')
  })

  it('offers WeChat login only inside the mini-program', () => {
    render(<LoginPage />)
    expect(screen.queryByText('微信一键登录')).toBeNull()
  })
})
