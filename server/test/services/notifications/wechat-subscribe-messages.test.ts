import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadConfig } from '../../../src/config'
import { fitValue } from '../../../src/services/notifications/wechat-subscribe-messages'
import { insertCase } from '../../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'

interface Received {
  path: string
  query: URLSearchParams
  body: any
}

/**
 * A real HTTP server standing in for api.weixin.qq.com: hands out numbered stable tokens and answers
 * subscribeMessage.send with the errcodes queued by the test (0 when none is queued).
 */
async function fakeWechat() {
  const received: Received[] = []
  const sendAnswers: number[] = []
  let tokens = 0
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      received.push({ path: url.pathname, query: url.searchParams, body: raw ? JSON.parse(raw) : null })
      res.setHeader('content-type', 'application/json')
      if (url.pathname === '/cgi-bin/stable_token') {
        tokens += 1
        res.end(JSON.stringify({ access_token: `token-${tokens}`, expires_in: 7200 }))
      } else if (url.pathname === '/cgi-bin/message/subscribe/send') {
        const errcode = sendAnswers.shift() ?? 0
        res.end(JSON.stringify({ errcode, errmsg: errcode ? 'refused' : 'ok' }))
      } else {
        res.statusCode = 404
        res.end('{}')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    sendAnswers,
    sends: () => received.filter((r) => r.path === '/cgi-bin/message/subscribe/send'),
    tokenRequests: () => received.filter((r) => r.path === '/cgi-bin/stable_token'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const TEMPLATES = {
  mediator_assigned: { templateId: 'TPL-ASSIGN', data: { thing1: 'title', thing2: 'body', time3: 'time' } },
}

describe('WeChat subscribe messages', () => {
  let wx: Awaited<ReturnType<typeof fakeWechat>>
  let t: TestApp
  let committeeAdmin: { authorization: string }
  let mediatorId: string

  beforeAll(async () => {
    wx = await fakeWechat()
    t = await buildTestApp({
      env: {
        WX_APPID: 'wx-test-app',
        WX_SECRET: 'wx-test-secret',
        WX_API_BASE_URL: wx.baseUrl,
        WX_SUBSCRIBE_TEMPLATES: JSON.stringify(TEMPLATES),
        WX_MINIPROGRAM_STATE: 'trial',
      },
    })
    committeeAdmin = await t.authHeader(DEMO.committeeAdmin)
    const mediator = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('phone', '=', DEMO.mediator)
      .executeTakeFirstOrThrow()
    mediatorId = mediator.id
  })
  afterAll(async () => {
    await t.close()
    await wx.close()
  })

  async function assignNewCase(): Promise<string> {
    const caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
    })
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/accept`,
      headers: committeeAdmin,
      payload: {},
    })
    expect(accepted.statusCode).toBe(200)
    const assigned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/mediators`,
      headers: committeeAdmin,
      payload: { mediatorUserId: mediatorId },
    })
    expect(assigned.statusCode).toBe(201)
    return caseId
  }

  it('tells the mini-program which templates to ask the user to subscribe to', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications/subscribe-templates',
      headers: await t.authHeader(DEMO.resident),
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ templates: { mediator_assigned: 'TPL-ASSIGN' } })
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/notifications/subscribe-templates' })
    expect(anonymous.statusCode).toBe(401)
  })

  it('sends nothing to a user who never logged in with WeChat (no openid)', async () => {
    await assignNewCase()
    expect(wx.sends()).toHaveLength(0)
    expect(wx.tokenRequests()).toHaveLength(0)
  })

  it('mirrors a notice to the WeChat user with the configured template, fitted fields and the case page', async () => {
    await t.database.db
      .updateTable('users')
      .set({ wx_openid: 'openid-mediator' })
      .where('id', '=', mediatorId)
      .execute()
    const caseId = await assignNewCase()

    const sends = wx.sends()
    expect(sends).toHaveLength(1)
    expect(sends[0].query.get('access_token')).toBe('token-1')
    const body = sends[0].body
    expect(body).toMatchObject({
      touser: 'openid-mediator',
      template_id: 'TPL-ASSIGN',
      page: `packages/case/pages/detail/index?id=${caseId}`,
      miniprogram_state: 'trial',
      lang: 'zh_CN',
    })
    expect(body.data.thing1.value).toBe('新的调解指派')
    expect([...body.data.thing2.value].length).toBeLessThanOrEqual(20)
    expect(body.data.thing2.value.endsWith('…')).toBe(true)
    expect(body.data.time3.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    const inApp = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', mediatorId)
      .where('case_id', '=', caseId)
      .execute()
    expect(inApp.map((n) => n.kind)).toContain('mediator_assigned')
  })

  it('reuses the access token, and fetches a fresh one once after a token error', async () => {
    const before = wx.tokenRequests().length
    await assignNewCase()
    expect(wx.tokenRequests()).toHaveLength(before) // cached

    wx.sendAnswers.push(40001) // the token was revoked elsewhere
    await assignNewCase()
    const tokenRequests = wx.tokenRequests()
    expect(tokenRequests).toHaveLength(before + 1)
    expect(tokenRequests.at(-1)!.body).toMatchObject({ grant_type: 'client_credential', force_refresh: true })
    const sends = wx.sends()
    expect(sends.at(-1)!.query.get('access_token')).toBe('token-2')
  })

  it('keeps the in-app notice and the assignment when the user has not subscribed or WeChat refuses', async () => {
    wx.sendAnswers.push(43101)
    const quiet = await assignNewCase()
    wx.sendAnswers.push(47003)
    const refused = await assignNewCase()
    for (const caseId of [quiet, refused]) {
      const notice = await t.database.db
        .selectFrom('notifications')
        .select('kind')
        .where('user_id', '=', mediatorId)
        .where('case_id', '=', caseId)
        .executeTakeFirst()
      expect(notice?.kind).toBe('mediator_assigned')
    }
  })
})

describe('subscribe-message field limits', () => {
  it('cuts thing to 20 and phrase to 5 characters, counting Chinese characters as one', () => {
    const long = '您被指派调解案件TJ-2026-0001，请确认接受并申报是否存在利益冲突。'
    expect([...fitValue('thing2', long)]).toHaveLength(20)
    expect(fitValue('phrase4', '调解已经结束')).toBe('调解已经…')
    expect(fitValue('thing1', '新的调解指派')).toBe('新的调解指派')
    expect(fitValue('time3', '2026年11月26日 09:30')).toBe('2026年11月26日 09:30')
  })
})

describe('WX_SUBSCRIBE_TEMPLATES configuration', () => {
  const base = { WX_APPID: 'a', WX_SECRET: 's' }
  it.each([
    ['not json', '{', /must be JSON/],
    ['unknown kind', JSON.stringify({ nope: { templateId: 'x', data: {} } }), /unknown notification kind "nope"/],
    ['no template id', JSON.stringify({ case_accepted: { data: {} } }), /case_accepted.templateId/],
    [
      'bad keyword',
      JSON.stringify({ case_accepted: { templateId: 'x', data: { title: 'title' } } }),
      /template keyword/,
    ],
    [
      'bad source',
      JSON.stringify({ case_accepted: { templateId: 'x', data: { thing1: 'name' } } }),
      /title, body or time/,
    ],
  ])('refuses %s with a message naming the problem', (_label, raw, message) => {
    expect(() => loadConfig({ ...base, WX_SUBSCRIBE_TEMPLATES: raw })).toThrow(message)
  })

  it('needs the WeChat app credentials', () => {
    expect(() =>
      loadConfig({ WX_SUBSCRIBE_TEMPLATES: JSON.stringify({ case_accepted: { templateId: 'x', data: {} } }) }),
    ).toThrow(/needs WX_APPID/)
  })
})
