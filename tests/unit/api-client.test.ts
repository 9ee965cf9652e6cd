import { createApiClient } from '@/lib/api-client'
import { ApiError } from '@/lib/api-error'
import { TransportError } from '@/lib/transport'
import { bearerOf, fakeTransport, json, memorySession, type Route } from '../support/fake-transport'
import { makeTokenPair } from '../support/fixtures'

const BASE = 'http://api.test'
const first = makeTokenPair(1)
const second = makeTokenPair(2)

function clientWith(
  routes: Record<string, Route>,
  tokens: [string | null, string | null] = [first.accessToken, first.refreshToken],
) {
  const fake = fakeTransport(routes)
  const { session, state } = memorySession(...tokens)
  const client = createApiClient({ baseURL: BASE, transport: fake.transport, session })
  return { client, state, ...fake }
}

/** /me answers 200 only to the second access token, like a server after the first one expired. */
const meRoute: Route = (request) =>
  bearerOf(request) === second.accessToken
    ? json(200, { id: 'u-1' })
    : json(401, { code: 'AUTH_TOKEN_EXPIRED', message: '登录已过期，请重新登录' })

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected the request to fail')
}

describe('request layer', () => {
  it('sends JSON to the versioned API with the bearer token', async () => {
    const { client, calls } = clientWith({ 'PATCH /api/v1/me/settings': () => json(200, { ok: true }) })
    const { data } = await client.patch('/me/settings', { careMode: true })

    expect(data).toEqual({ ok: true })
    expect(calls).toHaveLength(1)
    expect(calls[0].url).toBe(`${BASE}/api/v1/me/settings`)
    expect(calls[0].headers.Authorization).toBe(`Bearer ${first.accessToken}`)
    expect(calls[0].headers['Content-Type']).toMatch(/application\/json/)
    expect(JSON.parse(calls[0].data as string)).toEqual({ careMode: true })
  })

  it('sends an empty JSON object for an action posted without a body', async () => {
    const { client, calls } = clientWith({ 'POST /api/v1/cases/c-1/accept': () => json(200, { ok: true }) })
    await client.post('/cases/c-1/accept')
    await client.get('/cases/c-1').catch(() => undefined)

    expect(JSON.parse(calls[0].data as string)).toEqual({})
    expect(calls[1].data).toBeUndefined()
  })

  it('on 401 refreshes once, stores the rotated tokens and retries the request once', async () => {
    const { client, state, calls } = clientWith({
      'GET /api/v1/me': meRoute,
      'POST /api/v1/auth/refresh': () => json(200, second),
    })

    const { data } = await client.get('/me')

    expect(data).toEqual({ id: 'u-1' })
    expect(calls.map((call) => `${call.method} ${new URL(call.url).pathname} ${bearerOf(call) ?? '-'}`)).toEqual([
      `GET /api/v1/me ${first.accessToken}`,
      'POST /api/v1/auth/refresh -',
      `GET /api/v1/me ${second.accessToken}`,
    ])
    expect(JSON.parse(calls[1].data as string)).toEqual({ refreshToken: first.refreshToken })
    expect(state).toMatchObject({ accessToken: second.accessToken, refreshToken: second.refreshToken, ended: 0 })
  })

  it('shares one refresh between requests that fail with 401 at the same time', async () => {
    let releaseRefresh: () => void = () => undefined
    const refreshGate = new Promise<void>((resolve) => (releaseRefresh = resolve))
    const { client, callsTo } = clientWith({
      'GET /api/v1/me': meRoute,
      'GET /api/v1/cases': (request) =>
        bearerOf(request) === second.accessToken
          ? json(200, { items: [], total: 0 })
          : json(401, { code: 'AUTH_TOKEN_EXPIRED', message: '登录已过期' }),
      'POST /api/v1/auth/refresh': async () => {
        await refreshGate
        return json(200, second)
      },
    })

    const all = Promise.all([client.get('/me'), client.get('/cases'), client.get('/me')])
    await new Promise((resolve) => setTimeout(resolve, 10))
    releaseRefresh()
    const results = await all

    expect(results.map((result) => result.status)).toEqual([200, 200, 200])
    expect(callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(1)
    expect(callsTo('GET', '/api/v1/me').map(bearerOf)).toEqual([
      first.accessToken,
      first.accessToken,
      second.accessToken,
      second.accessToken,
    ])
  })

  it('does not refresh again when another request already rotated the token', async () => {
    const { client, state, callsTo } = clientWith({
      'GET /api/v1/me': meRoute,
      'POST /api/v1/auth/refresh': () => json(200, second),
    })
    await client.get('/me')
    // A request that was sent with the old token comes back late.
    state.accessToken = second.accessToken
    const { status } = await client.get('/me', { headers: { Authorization: `Bearer ${first.accessToken}` } })

    expect(status).toBe(200)
    expect(callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(1)
  })

  it('logs out when the refresh token is rejected', async () => {
    const { client, state, callsTo } = clientWith({
      'GET /api/v1/me': meRoute,
      'POST /api/v1/auth/refresh': () => json(401, { code: 'AUTH_REFRESH_INVALID', message: '登录已失效，请重新登录' }),
    })

    const error = await rejection(client.get('/me'))

    expect(error.code).toBe('SESSION_EXPIRED')
    expect(error.message).toBe('登录已过期，请重新登录')
    expect(state).toMatchObject({ accessToken: null, refreshToken: null, ended: 1 })
    expect(callsTo('GET', '/api/v1/me')).toHaveLength(1)
  })

  it('logs out when the retried request is refused as well, without a second retry', async () => {
    const { client, state, callsTo } = clientWith({
      'GET /api/v1/me': () => json(401, { code: 'AUTH_USER_DISABLED', message: '账号已停用' }),
      'POST /api/v1/auth/refresh': () => json(200, second),
    })

    const error = await rejection(client.get('/me'))

    expect(error).toMatchObject({ code: 'AUTH_USER_DISABLED', message: '账号已停用', status: 401 })
    expect(callsTo('GET', '/api/v1/me')).toHaveLength(2)
    expect(callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(1)
    expect(state.ended).toBe(1)
  })

  it('keeps the session when the refresh fails only because the network is down', async () => {
    const { client, state } = clientWith({
      'GET /api/v1/me': meRoute,
      'POST /api/v1/auth/refresh': () => {
        throw new TransportError('network', 'request:fail')
      },
    })

    const error = await rejection(client.get('/me'))

    expect(error.code).toBe('NETWORK_ERROR')
    expect(state).toMatchObject({ accessToken: first.accessToken, refreshToken: first.refreshToken, ended: 0 })
  })

  it('does not try a refresh for a 401 on a request sent without a token (e.g. a wrong SMS code)', async () => {
    const { client, callsTo, state } = clientWith(
      { 'POST /api/v1/auth/sms/login': () => json(401, { code: 'AUTH_CODE_INVALID', message: '验证码错误或已过期' }) },
      [null, null],
    )

    const error = await rejection(client.post('/auth/sms/login', { phone: '13800138000', code: '000000' }))

    expect(error).toMatchObject({ code: 'AUTH_CODE_INVALID', message: '验证码错误或已过期', status: 401 })
    expect(callsTo('POST', '/api/v1/auth/refresh')).toHaveLength(0)
    expect(state.ended).toBe(0)
  })

  it('maps a failed connection to NETWORK_ERROR with a Chinese message', async () => {
    const { client } = clientWith({
      'GET /api/v1/cases': () => {
        throw new TransportError('network', 'request:fail net::ERR_CONNECTION_REFUSED')
      },
    })
    const error = await rejection(client.get('/cases'))
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试', status: null })
  })

  it('maps a timeout to TIMEOUT', async () => {
    const { client } = clientWith({
      'GET /api/v1/cases': () => {
        throw new TransportError('timeout', 'request:fail timeout')
      },
    })
    const error = await rejection(client.get('/cases'))
    expect(error).toMatchObject({ code: 'TIMEOUT', message: '请求超时，请稍后重试' })
  })

  it("passes the server's code, message and field details through", async () => {
    const { client } = clientWith({
      'PUT /api/v1/me/real-name': () =>
        json(400, {
          code: 'VALIDATION_FAILED',
          message: '身份证号校验位不正确',
          details: [{ field: 'idNumber', message: '身份证号校验位不正确' }],
        }),
    })
    const error = await rejection(client.put('/me/real-name', { name: '张三', idNumber: '110101199003070000' }))

    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: '身份证号校验位不正确', status: 400 })
    expect(error.fieldMessage('idNumber')).toBe('身份证号校验位不正确')
    expect(error.fieldMessage('name')).toBeUndefined()
  })

  it('turns an error without the contract shape into a stable code', async () => {
    const { client } = clientWith({
      'GET /api/v1/cases': () => json(502, '<html>Bad Gateway</html>'),
      'GET /api/v1/organisations': () => json(404, ''),
    })
    expect(await rejection(client.get('/cases'))).toMatchObject({
      code: 'SERVER_ERROR',
      message: '服务暂时不可用，请稍后重试',
      status: 502,
    })
    expect(await rejection(client.get('/organisations'))).toMatchObject({ code: 'REQUEST_FAILED', status: 404 })
  })
})
