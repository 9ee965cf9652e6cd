import type { JudicialApplication } from '@contract/judicial'
import { newId } from '../../../src/lib/ids'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import {
  api,
  applicationBody,
  districtCourtId,
  effectiveAgreement,
  insertFile,
  type EffectiveCase,
} from './judicial-fixture'

const clerk = { phone: DEMO.courtClerk }

describe('judicial confirmation', () => {
  let t: TestApp
  let court: string
  beforeAll(async () => {
    t = await buildTestApp()
    court = await districtCourtId(t)
  })
  afterAll(async () => {
    await t.close()
  })

  async function insertCourt(name: string, serviceArea: string[]) {
    const id = newId()
    const now = t.clock.now().toISOString()
    await t.database.db
      .insertInto('organisations')
      .values({
        id,
        name,
        type: 'court',
        level: null,
        specialities: '[]',
        region_code: '500000',
        address: '',
        phone: '',
        service_area: JSON.stringify(serviceArea),
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    return id
  }

  async function submitted(e: EffectiveCase): Promise<JudicialApplication> {
    const created = await api(
      t,
      e,
      'mediator',
      'POST',
      `/judicial/cases/${e.c.caseId}/application`,
      await applicationBody(t, e, court),
    )
    expect(created.statusCode).toBe(201)
    expect(created.json().status).toBe('awaiting_parties')
    const first = await api(t, e, 'applicant', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    expect(first.json().status).toBe('awaiting_parties')
    const last = await api(t, e, 'respondent', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    expect(last.statusCode).toBe(200)
    return last.json()
  }

  it('shows each check with its article and lists the competent court with its bases', async () => {
    const e = await effectiveAgreement(t)
    const res = await api(t, e, 'applicant', 'GET', `/judicial/cases/${e.c.caseId}/readiness`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.checks.map((c: { code: string }) => c.code)).toEqual([
      'BOTH_PARTIES_CONSENT',
      'WITHIN_30_DAYS',
      'NOT_EXCLUDED',
      'CONTENT_CONFIRMABLE',
      'COURT_COMPETENT',
    ])
    for (const check of body.checks) expect(check.article).toMatch(/第.+条/)
    expect(body.checks[0].status).toBe('pending')
    expect(body.canPrepare).toBe(true)
    expect(body.courts).toEqual([
      expect.objectContaining({
        courtId: court,
        bases: expect.arrayContaining(['subject_matter', 'committee_location']),
      }),
    ])
  })

  it('refuses a court without jurisdiction, and accepts a court of a party’s domicile', async () => {
    const shenzhen = await insertCourt('深圳市南山区人民法院', ['440305'])
    const e = await effectiveAgreement(t)
    const wrong = await api(
      t,
      e,
      'mediator',
      'POST',
      `/judicial/cases/${e.c.caseId}/application`,
      await applicationBody(t, e, shenzhen),
    )
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json()).toMatchObject({ code: 'COURT_NOT_COMPETENT', details: [{ field: 'courtId' }] })
    // A 12-digit community code not in the seeded regions still reaches its county's court.
    const body = await applicationBody(t, e, shenzhen, '440305001002')
    const ok = await api(t, e, 'mediator', 'POST', `/judicial/cases/${e.c.caseId}/application`, body)
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ court: { id: shenzhen }, courtBases: ['party_domicile'] })
  })

  it('blocks an agreement that determines ownership (CPL-Interp 355(5))', async () => {
    const e = await effectiveAgreement(t, (content) => ({
      ...content,
      otherClauses: ['位于杨家坪的车库所有权归申请人王秀英。'],
    }))
    const ready = (await api(t, e, 'applicant', 'GET', `/judicial/cases/${e.c.caseId}/readiness`)).json()
    expect(ready.checks.find((c: { code: string }) => c.code === 'NOT_EXCLUDED')).toMatchObject({ status: 'fail' })
    expect(ready.canPrepare).toBe(false)
    const res = await api(
      t,
      e,
      'mediator',
      'POST',
      `/judicial/cases/${e.c.caseId}/application`,
      await applicationBody(t, e, court),
    )
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'JUDICIAL_NOT_READY', details: [{ field: 'NOT_EXCLUDED' }] })
  })

  it('needs every party: an application missing one is refused with the field named', async () => {
    const e = await effectiveAgreement(t)
    const body = await applicationBody(t, e, court)
    const res = await api(t, e, 'mediator', 'POST', `/judicial/cases/${e.c.caseId}/application`, {
      ...body,
      parties: [body.parties[0], body.parties[0]],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'APPLICATION_PARTIES_INVALID', details: [{ field: 'parties' }] })
  })

  it('runs the clerk flow: queue, filing with deadline, more materials, ruling valid and served', async () => {
    const e = await effectiveAgreement(t)
    const app = await submitted(e)
    expect(app.status).toBe('submitted')
    const kase = await t.database.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', e.c.caseId)
      .executeTakeFirstOrThrow()
    expect(kase.status).toBe('judicial_confirmation')

    const queue = await api(t, e, clerk, 'GET', '/judicial/queue?status=submitted')
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(app.id)
    expect((await api(t, e, 'mediator', 'GET', '/judicial/queue')).statusCode).toBe(403)

    const filed = await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/file`, {
      courtCaseNumber: '（2026）渝0107民特88号',
    })
    expect(filed.statusCode).toBe(200)
    expect(filed.json()).toMatchObject({ status: 'filed', decisionDueDate: '2026-12-11', overdue: false })

    const asked = await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/material-requests`, {
      message: '请补充被申请人的收入证明',
    })
    expect(asked.json().status).toBe('materials_requested')
    const notices = await t.database.db
      .selectFrom('notifications')
      .select('user_id')
      .where('case_id', '=', e.c.caseId)
      .where('title', '=', '法院要求补充材料')
      .execute()
    expect(notices.map((n) => n.user_id).sort()).toEqual(
      [e.c.users.applicant.userId, e.c.users.respondent.userId].sort(),
    )
    const early = await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/decision`, { outcome: 'valid' })
    expect(early.json().code).toBe('JUDICIAL_STATUS_INVALID')

    const requestId = asked.json().materialRequests[0].id
    const fileId = await insertFile(t, e.c.caseId, e.c.users.respondent.userId)
    const supplied = await api(
      t,
      e,
      'respondent',
      'POST',
      `/judicial/cases/${e.c.caseId}/application/material-requests/${requestId}/supply`,
      { fileIds: [fileId] },
    )
    expect(supplied.json()).toMatchObject({ status: 'filed', materialRequests: [{ fileIds: [fileId] }] })

    const ruled = await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/decision`, { outcome: 'valid' })
    expect(ruled.statusCode).toBe(200)
    expect(ruled.json()).toMatchObject({ status: 'confirmed', nextRoutes: [] })
    const inbox = (await api(t, e, 'applicant', 'GET', '/inbox')).json()
    const ruling = inbox.items.find(
      (i: { kind: string; caseId: string }) => i.kind === 'ruling' && i.caseId === e.c.caseId,
    )
    expect(ruling).toMatchObject({ title: '民事裁定书', openedAt: null })
    const pdf = await api(t, e, 'applicant', 'GET', `/inbox/${ruling.id}/pdf`)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('rejects with reasons and tells the parties their routes; another court’s clerk cannot see it', async () => {
    const e = await effectiveAgreement(t)
    const app = await submitted(e)
    await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/file`, {
      courtCaseNumber: '（2026）渝0107民特89号',
    })
    const missing = await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/decision`, { outcome: 'rejected' })
    expect(missing.json()).toMatchObject({ code: 'DECISION_REASONS_REQUIRED', details: [{ field: 'reasons' }] })
    const rejected = await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/decision`, {
      outcome: 'rejected',
      reasons: '协议内容损害案外人合法权益',
    })
    expect(rejected.json().status).toBe('rejected')
    expect(rejected.json().nextRoutes.join()).toMatch(/人民调解法第三十三条/)
    const seen = (await api(t, e, 'applicant', 'GET', `/judicial/cases/${e.c.caseId}/application`)).json()
    expect(seen.decisionReasons).toBe('协议内容损害案外人合法权益')

    const otherCourt = await insertCourt('重庆市渝中区人民法院', ['500103'])
    await t.database.db
      .updateTable('users')
      .set({ organisation_id: otherCourt })
      .where('phone', '=', DEMO.courtClerk)
      .execute()
    try {
      expect((await api(t, e, clerk, 'GET', `/judicial/applications/${app.id}`)).statusCode).toBe(404)
    } finally {
      await t.database.db
        .updateTable('users')
        .set({ organisation_id: court })
        .where('phone', '=', DEMO.courtClerk)
        .execute()
    }
  })

  it('enforcement route after a confirmed ruling: pre-filled, two years from the last day (CPL 250)', async () => {
    const e = await effectiveAgreement(t)
    const app = await submitted(e)
    await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/file`, {
      courtCaseNumber: '（2026）渝0107民特90号',
    })
    await api(t, e, clerk, 'POST', `/judicial/applications/${app.id}/decision`, { outcome: 'valid' })
    const perf = (await api(t, e, 'applicant', 'GET', `/performance/cases/${e.c.caseId}`)).json()
    expect(perf.judiciallyConfirmed).toBe(true)
    const [due] = perf.instalments
    expect(due).toMatchObject({ dueDate: '2026-12-31', amount: 12000, status: 'due' })
    t.clock.advance(40 * 86400)
    const route = await api(t, e, 'applicant', 'POST', `/performance/instalments/${due.id}/default`)
    expect(route.statusCode).toBe(200)
    expect(route.json()).toMatchObject({
      route: 'enforcement',
      enforcement: {
        court: '重庆市九龙坡区人民法院',
        rulingCaseNumber: '（2026）渝0107民特90号',
        unpaidAmount: 12000,
        deadline: '2028-12-31',
      },
    })
  })
})
