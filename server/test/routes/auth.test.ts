import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'

describe('auth routes', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  const send = (phone: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/sms/send', payload: { phone } })
  const login = (phone: string, code: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sms/login', payload: { phone, code } })
  const wrong = (code: string) => (code === '000000' ? '111111' : '000000')

  it('logs a demo user in with the code that was sent, and never returns the code', async () => {
    const sent = await send(DEMO.mediator)
    expect(sent.statusCode).toBe(200)
    const code = t.sms.last(DEMO.mediator)!.params.code
    expect(code).toMatch(/^\d{6}$/)
    expect(sent.body).not.toContain(code)
    const res = await login(DEMO.mediator, code)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.user.roles).toEqual(['mediator'])
    expect(body.user.organisation.name).toBe('九龙坡区杨家坪街道人民调解委员会')
    expect(body.user.phoneMasked).toBe('138****0004')
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    })
    expect(me.statusCode).toBe(200)
    expect(me.json().displayName).toBe('刘芳')
  })

  it('registers an unknown phone as a resident', async () => {
    const pair = await t.login('13912345678')
    expect(pair.user.roles).toEqual(['resident'])
    expect(pair.user.displayName).toBe('用户5678')
  })

  it('rejects a wrong code, then locks the phone after five wrong codes', async () => {
    await send(DEMO.resident)
    const code = t.sms.last(DEMO.resident)!.params.code
    for (let i = 1; i <= 4; i++) {
      const res = await login(DEMO.resident, wrong(code))
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ code: 'AUTH_CODE_INVALID', message: `验证码不正确，还可以再试${5 - i}次` })
    }
    const fifth = await login(DEMO.resident, wrong(code))
    expect(fifth.statusCode).toBe(429)
    expect(fifth.json().code).toBe('AUTH_PHONE_LOCKED')
    // Even the right code is refused while locked, and no new code can be requested.
    expect((await login(DEMO.resident, code)).json().code).toBe('AUTH_PHONE_LOCKED')
    expect((await send(DEMO.resident)).json().code).toBe('AUTH_PHONE_LOCKED')
    t.clock.advance(15 * 60 + 1)
    expect((await send(DEMO.resident)).statusCode).toBe(200)
    const fresh = t.sms.last(DEMO.resident)!.params.code
    expect((await login(DEMO.resident, fresh)).statusCode).toBe(200)
  })

  it('expires codes and accepts each code only once', async () => {
    await send(DEMO.resident)
    const code = t.sms.last(DEMO.resident)!.params.code
    t.clock.advance(301)
    expect((await login(DEMO.resident, code)).json().code).toBe('AUTH_CODE_EXPIRED')

    await send(DEMO.resident)
    const second = t.sms.last(DEMO.resident)!.params.code
    expect((await login(DEMO.resident, second)).statusCode).toBe(200)
    expect((await login(DEMO.resident, second)).json().code).toBe('AUTH_CODE_EXPIRED')
  })

  it('a code works only for its purpose: a signing code cannot log in, nor replace a pending login code', async () => {
    await send(DEMO.resident)
    const loginCode = t.sms.last(DEMO.resident, 'login_code')!.params.code
    let signCode = loginCode
    while (signCode === loginCode) {
      // Codes are random: ask again in the (one in a million) case both are equal.
      await t.app.services.smsCodes.send(DEMO.resident, 'sign_code')
      signCode = t.sms.last(DEMO.resident, 'sign_code')!.params.code
    }
    expect((await login(DEMO.resident, signCode)).json().code).toBe('AUTH_CODE_INVALID')
    await expect(t.app.services.smsCodes.verify(DEMO.resident, loginCode, 'sign_code')).rejects.toMatchObject({
      code: 'AUTH_CODE_INVALID',
    })
    expect((await login(DEMO.resident, loginCode)).statusCode).toBe(200)
    await expect(t.app.services.smsCodes.verify(DEMO.resident, signCode, 'sign_code')).resolves.toBeUndefined()
  })

  it('throttles resending a code', async () => {
    await t.close()
    t = await buildTestApp({ env: { SMS_RESEND_SECONDS: '60' } })
    expect((await send(DEMO.resident)).statusCode).toBe(200)
    const again = await send(DEMO.resident)
    expect(again.statusCode).toBe(429)
    expect(again.json().code).toBe('SMS_TOO_FREQUENT')
    t.clock.advance(61)
    expect((await send(DEMO.resident)).statusCode).toBe(200)
  })

  it('validates the phone and code format with a field-named Chinese error', async () => {
    const res = await send('12345')
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'phone', message: '格式不正确' }],
    })
    const bad = await login(DEMO.resident, 'abc')
    expect(bad.json().details[0].field).toBe('code')
  })

  it('rotates refresh tokens and revokes the family when an old one is replayed', async () => {
    const first = await t.login(DEMO.resident)
    const refresh = (token: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: token } })
    const r1 = await refresh(first.refreshToken)
    expect(r1.statusCode).toBe(200)
    const second = r1.json()
    expect(second.refreshToken).not.toBe(first.refreshToken)
    // Replay of the used token: refused, and the newer token of the same family dies with it.
    expect((await refresh(first.refreshToken)).json().code).toBe('AUTH_REFRESH_INVALID')
    expect((await refresh(second.refreshToken)).statusCode).toBe(401)
  })

  it('logout revokes the refresh token', async () => {
    const pair = await t.login(DEMO.resident)
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: { refreshToken: pair.refreshToken },
    })
    expect(out.json()).toEqual({ ok: true })
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: pair.refreshToken },
    })
    expect(res.statusCode).toBe(401)
  })

  it('expires refresh tokens after their lifetime', async () => {
    const pair = await t.login(DEMO.resident)
    t.clock.advance(31 * 86400)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: pair.refreshToken },
    })
    expect(res.statusCode).toBe(401)
  })

  it('refuses requests without a valid access token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).json().code).toBe('AUTH_REQUIRED')
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer abc.def.ghi' },
    })
    expect(forged.statusCode).toBe(401)
    expect(forged.json().code).toBe('AUTH_TOKEN_INVALID')
  })

  it('says clearly when WeChat login is not configured', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/login', payload: { code: 'abc' } })
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('WECHAT_NOT_CONFIGURED')
  })

  it('logs in with WeChat once the account is bound', async () => {
    await t.close()
    t = await buildTestApp({ wechat: { code2Session: async (code) => ({ openid: `openid-${code}` }) } })
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/login', payload: { code: 'w1' } })
    expect(first.json().code).toBe('WECHAT_NOT_BOUND')
    const bind = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/wechat',
      headers: await t.authHeader(DEMO.resident),
      payload: { code: 'w1' },
    })
    expect(bind.statusCode).toBe(200)
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/login', payload: { code: 'w1' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().user.displayName).toBe('王秀英')
  })

  it('rate-limits the auth routes per client', async () => {
    await t.close()
    t = await buildTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } })
    const codes = []
    for (let i = 0; i < 4; i++) codes.push((await send(`1391234000${i}`)).statusCode)
    expect(codes).toEqual([200, 200, 200, 429])
  })

  it('a deactivated account cannot use its token', async () => {
    const headers = await t.authHeader(DEMO.mediator)
    const admin = await t.authHeader(DEMO.sysAdmin)
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).json()
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${me.id}`,
      headers: admin,
      payload: { active: false },
    })
    expect(off.statusCode).toBe(200)
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })
    expect(res.statusCode).toBe(401)
    expect(res.json().code).toBe('AUTH_ACCOUNT_DISABLED')
  })
})
