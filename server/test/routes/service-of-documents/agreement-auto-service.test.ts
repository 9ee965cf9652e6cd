import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { api, effectiveAgreement } from '../judicial/judicial-fixture'

/** The sealed agreement is served to every party's inbox as it takes effect; nobody serves it by hand. */
describe('automatic service of the sealed agreement', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  it('puts the sealed PDF in both parties’ inboxes at sealing, with a notice, served by the system', async () => {
    const e = await effectiveAgreement(t)
    for (const who of ['applicant', 'respondent'] as const) {
      const inbox = (await api(t, e, who, 'GET', '/inbox')).json()
      expect(inbox.items).toHaveLength(1)
      expect(inbox.items[0]).toMatchObject({ kind: 'agreement', caseId: e.c.caseId, openedAt: null })
      const pdf = await api(t, e, who, 'GET', `/inbox/${inbox.items[0].id}/pdf`)
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    }
    const rows = await t.database.db
      .selectFrom('served_documents')
      .select(['source_type', 'source_id', 'served_by', 'served_at'])
      .where('case_id', '=', e.c.caseId)
      .execute()
    expect(rows).toHaveLength(2)
    const effective = await t.database.db
      .selectFrom('signable_documents')
      .select('effective_at')
      .where('id', '=', e.version.documentRowId)
      .executeTakeFirstOrThrow()
    for (const row of rows) {
      expect(row).toMatchObject({ source_type: 'sealed_document', source_id: e.version.documentRowId, served_by: null })
      expect(row.served_at).toBe(effective.effective_at)
    }
    const notices = await t.database.db
      .selectFrom('notifications')
      .select('user_id')
      .where('case_id', '=', e.c.caseId)
      .where('kind', '=', 'document_served')
      .execute()
    expect(new Set(notices.map((n) => n.user_id))).toEqual(
      new Set([e.c.users.applicant.userId, e.c.users.respondent.userId]),
    )
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', e.c.caseId)
      .where('action', 'in', ['signing.effective', 'service.serve'])
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['signing.effective', 'service.serve'])

    // Serving it again by hand changes nothing: still one copy each.
    const again = await api(t, e, 'mediator', 'POST', `/inbox/cases/${e.c.caseId}/serve`, {
      kind: 'agreement',
      title: '人民调解协议书',
      documentRowId: e.version.documentRowId,
    })
    expect(again.json()).toEqual({ served: 2 })
  })
})

/** A real HTTP server standing in for api.weixin.qq.com; it records each subscribeMessage.send body. */
async function fakeWechat() {
  const sends: Array<{ touser: string; template_id: string }> = []
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      res.setHeader('content-type', 'application/json')
      if (req.url?.startsWith('/cgi-bin/stable_token')) {
        res.end(JSON.stringify({ access_token: 'token-1', expires_in: 7200 }))
        return
      }
      sends.push(JSON.parse(raw))
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sends,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('subscribe messages when the agreement takes effect', () => {
  it('mirrors the service notices to WeChat once the sealing transaction has committed', async () => {
    const wx = await fakeWechat()
    const t = await buildTestApp({
      env: {
        WX_APPID: 'wx-test-app',
        WX_SECRET: 'wx-test-secret',
        WX_API_BASE_URL: wx.baseUrl,
        WX_SUBSCRIBE_TEMPLATES: JSON.stringify({
          document_served: { templateId: 'TPL-SERVED', data: { thing1: 'title', time2: 'time' } },
        }),
      },
    })
    try {
      for (const [phone, openid] of [
        [DEMO.resident, 'openid-applicant'],
        [DEMO.resident2, 'openid-respondent'],
      ]) {
        await t.database.db.updateTable('users').set({ wx_openid: openid }).where('phone', '=', phone).execute()
      }
      await effectiveAgreement(t)
      expect(wx.sends.map((m) => [m.template_id, m.touser]).sort()).toEqual([
        ['TPL-SERVED', 'openid-applicant'],
        ['TPL-SERVED', 'openid-respondent'],
      ])
    } finally {
      await t.close()
      await wx.close()
    }
  })
})
