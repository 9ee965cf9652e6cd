import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import {
  api,
  applicationBody,
  districtCourtId,
  effectiveAgreement,
  insertFile,
  type EffectiveCase,
} from '../judicial/judicial-fixture'

describe('electronic service: inbox, receipts, service address', () => {
  let t: TestApp
  let e: EffectiveCase
  beforeAll(async () => {
    t = await buildTestApp()
    e = await effectiveAgreement(t)
  })
  afterAll(async () => {
    await t.close()
  })

  const serveAgreement = () =>
    api(t, e, 'mediator', 'POST', `/inbox/cases/${e.c.caseId}/serve`, {
      kind: 'agreement',
      title: '人民调解协议书',
      documentRowId: e.version.documentRowId,
    })

  it('serves the sealed agreement to each party once, and records the first open only', async () => {
    expect((await serveAgreement()).json()).toEqual({ served: 2 })
    expect((await serveAgreement()).json()).toEqual({ served: 2 })
    const inbox = (await api(t, e, 'respondent', 'GET', '/inbox')).json()
    expect(inbox.unopened).toBe(1)
    const [item] = inbox.items
    expect(item).toMatchObject({ kind: 'agreement', partyName: '李建国', openedAt: null, serviceCompletedAt: null })

    const first = (await api(t, e, 'respondent', 'POST', `/inbox/${item.id}/open`)).json()
    expect(first.openedAt).toBe(t.clock.now().toISOString())
    t.clock.advance(3600)
    const again = (await api(t, e, 'respondent', 'POST', `/inbox/${item.id}/open`)).json()
    expect(again.openedAt).toBe(first.openedAt)
    const pdf = await api(t, e, 'respondent', 'GET', `/inbox/${item.id}/pdf`)
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    const receipts = await t.database.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'service.receipt')
      .where('entity_id', '=', e.c.caseId)
      .execute()
    expect(receipts).toHaveLength(1)
  })

  it('staff see every party’s receipts; parties and outsiders do not', async () => {
    const staff = await api(t, e, 'mediator', 'GET', `/inbox/cases/${e.c.caseId}/receipts`)
    expect(staff.statusCode).toBe(200)
    const byParty = Object.fromEntries(
      staff.json().items.map((i: { partyName: string; openedAt: string | null }) => [i.partyName, i.openedAt]),
    )
    expect(byParty['王秀英']).toBeNull()
    expect(byParty['李建国']).toEqual(expect.any(String))
    expect((await api(t, e, 'admin', 'GET', `/inbox/cases/${e.c.caseId}/receipts`)).statusCode).toBe(200)
    expect((await api(t, e, 'applicant', 'GET', `/inbox/cases/${e.c.caseId}/receipts`)).json().code).toBe(
      'SERVICE_STAFF_ONLY',
    )
    expect((await api(t, e, 'outsider', 'GET', `/inbox/cases/${e.c.caseId}/receipts`)).statusCode).toBe(404)
  })

  it('a third party cannot read, open or download another case’s documents', async () => {
    const served = (await api(t, e, 'applicant', 'GET', '/inbox')).json().items[0]
    const outsider = { phone: DEMO.sysAdmin }
    expect((await api(t, e, outsider, 'GET', '/inbox')).json().items).toEqual([])
    expect((await api(t, e, outsider, 'POST', `/inbox/${served.id}/open`)).statusCode).toBe(404)
    expect((await api(t, e, outsider, 'GET', `/inbox/${served.id}/pdf`)).statusCode).toBe(404)
    // Another party of the same case cannot open the applicant's copy either (no false receipt).
    expect((await api(t, e, 'respondent', 'POST', `/inbox/${served.id}/open`)).statusCode).toBe(404)
    expect(
      (
        await api(t, e, 'outsider', 'POST', `/inbox/cases/${e.c.caseId}/serve`, {
          kind: 'notice',
          title: '通知书',
          fileId: 'x',
        })
      ).statusCode,
    ).toBe(404)
  })

  it('after the service address is confirmed, service completes on arrival (OLR 31)', async () => {
    const bad = await api(t, e, 'applicant', 'PUT', `/inbox/cases/${e.c.caseId}/service-address`, {
      phone: '12345',
      consent: true,
    })
    expect(bad.statusCode).toBe(400)
    const res = await api(t, e, 'applicant', 'PUT', `/inbox/cases/${e.c.caseId}/service-address`, {
      phone: DEMO.resident,
      consent: true,
    })
    expect(res.json().items).toEqual([expect.objectContaining({ phone: DEMO.resident, channels: ['in_app', 'sms'] })])
    expect(
      (
        await api(t, e, 'mediator', 'PUT', `/inbox/cases/${e.c.caseId}/service-address`, {
          phone: DEMO.mediator,
          consent: true,
        })
      ).json().code,
    ).toBe('SERVICE_NOT_PARTY')

    t.clock.advance(60)
    const notice = await insertFile(t, e.c.caseId, e.c.users.mediator.userId, 'application/pdf')
    const served = await api(t, e, 'mediator', 'POST', `/inbox/cases/${e.c.caseId}/serve`, {
      kind: 'notice',
      title: '履行告知书',
      fileId: notice,
    })
    expect(served.json()).toEqual({ served: 2 })
    const mine = (await api(t, e, 'applicant', 'GET', '/inbox'))
      .json()
      .items.find((i: { title: string }) => i.title === '履行告知书')
    expect(mine).toMatchObject({ addressConfirmed: true, openedAt: null, serviceCompletedAt: mine.servedAt })
    const notices = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('title', '=', '您收到一份文书：履行告知书')
      .execute()
    expect(notices).toHaveLength(2)
  })

  it('serves the application to both parties when it is submitted', async () => {
    const court = await districtCourtId(t)
    await api(
      t,
      e,
      'applicant',
      'POST',
      `/judicial/cases/${e.c.caseId}/application`,
      await applicationBody(t, e, court),
    )
    await api(t, e, 'applicant', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    await api(t, e, 'respondent', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    for (const who of ['applicant', 'respondent'] as const) {
      const items = (await api(t, e, who, 'GET', '/inbox')).json().items
      expect(items.filter((i: { kind: string }) => i.kind === 'application')).toHaveLength(1)
    }
  })
})
