import { Writable } from 'node:stream'
import Fastify from 'fastify'
import { buildTestApp, type TestApp } from '../helpers/test-app'
import { loadConfig, ConfigError } from '../../src/config'
import { loggerOptions, redactTokenParam } from '../../src/logger'

describe('app-wide behaviour', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp({ env: { BODY_LIMIT_BYTES: '2048' } })
  })
  afterAll(async () => {
    await t.close()
  })

  it('answers health and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' })
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' })
  })

  it('publishes the OpenAPI document with the API routes', async () => {
    const doc = (await t.app.inject({ url: '/docs/json' })).json()
    expect(doc.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/sms/login', '/api/v1/me/', '/api/v1/cases/{id}']),
    )
  })

  it('answers unknown routes and oversized bodies in the one error shape', async () => {
    const missing = await t.app.inject({ url: '/api/v1/nothing-here' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ code: 'ROUTE_NOT_FOUND', message: '您要找的内容不存在' })
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sms/send',
      payload: { phone: '1'.repeat(5000) },
    })
    expect(big.statusCode).toBe(413)
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE')
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sms/send',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    })
    expect(notJson.statusCode).toBe(400)
    expect(notJson.json().message).toBe('请求内容不正确')
  })

  it('sends security headers', async () => {
    const res = await t.app.inject({ url: '/healthz' })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    // H5 uploads read the picked file through its blob: URL.
    expect(res.headers['content-security-policy']).toMatch(/connect-src [^;]*blob:/)
  })

  it('hides internals of unexpected errors', async () => {
    const app = Fastify({ logger: false })
    await app.register((await import('../../src/plugins/app/errors')).default)
    app.get('/boom', async () => {
      throw new Error('SQLITE_ERROR: no such table secret_stuff')
    })
    const res = await app.inject({ url: '/boom' })
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({ code: 'INTERNAL_ERROR', message: '服务器开小差了，请稍后再试' })
    await app.close()
  })
})

describe('configuration', () => {
  it('applies defaults and converts types', () => {
    const config = loadConfig({ PORT: '8080' })
    expect(config.PORT).toBe(8080)
    expect(config.SEED_DEMO).toBe(true)
    expect(config.ACCESS_TOKEN_TTL_SECONDS).toBe(900)
  })

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError)
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT/)
      expect((err as Error).message).toMatch(/DATABASE_URL/)
    }
    expect(() => loadConfig({ WX_APPID: 'wx123' })).toThrow(/WX_APPID and WX_SECRET/)
    expect(() => loadConfig({ S3_BUCKET: 'b' })).toThrow(/S3_ENDPOINT/)
  })
})

describe('log masking', () => {
  it('keeps access tokens passed in the query string out of logged URLs', () => {
    expect(redactTokenParam('/api/v1/sessions/rooms/r1/socket?token=eyJabc.def&x=1')).toBe(
      '/api/v1/sessions/rooms/r1/socket?token=[redacted]&x=1',
    )
    expect(redactTokenParam('/a?x=1&access_token=zzz')).toBe('/a?x=1&access_token=[redacted]')
  })

  it('masks resident ID numbers in messages and redacts secrets in objects', async () => {
    const lines: string[] = []
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const options = loggerOptions('info') as object
    const app = Fastify({ logger: { ...options, stream } as never })
    app.log.info('resident 50010719650312123X called')
    app.log.info({ body: { idNumber: '50010719650312123X', code: '123456' } }, 'login')
    await app.close()
    const text = lines.join('')
    expect(text).toContain('500107********123X')
    expect(text).not.toContain('19650312')
    expect(text).not.toContain('123456')
  })
})
