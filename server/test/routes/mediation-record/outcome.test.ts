import type { FailureRoutes, MediationRecord, RecordOutcomeResult } from '@contract/mediation-record'
import type { Inbox } from '@contract/service'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { insertCase } from '../../helpers/cases'
import { auditActions, get, post, STREET_COMMITTEE } from '../referrals/referral-fixtures'
import { generate, mediatedCase, pdfText } from './record-fixture'

describe('the case outcome: partial and failed, with the routes left to the parties (PML 26)', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  const outcome = (caseId: string, body: object) => post(t, DEMO.mediator, `/api/v1/cases/${caseId}/outcome`, body)
  const routesOf = (r: FailureRoutes, role: string) => r.parties.find((p) => p.role === role)!.routes

  it('fails a labour case with a reason: arbitration first, the 15-day rule, the notice served with receipt', async () => {
    const caseId = await mediatedCase(t)
    t.clock.advance(16 * 86_400) // past LDMAL 14's 15 days from the application
    const res = await outcome(caseId, { outcome: 'failed', reason: '被申请人不同意支付加班费，双方差距较大' })
    expect(res.statusCode).toBe(200)
    const result = res.json() as RecordOutcomeResult
    expect(result).toMatchObject({ ok: true, status: 'failed', noticesServed: 2 })
    const routes = result.failureRoutes!
    expect(routes).toMatchObject({ applies: true, outcome: 'failed', reason: '被申请人不同意支付加班费，双方差距较大' })
    expect(routesOf(routes, 'applicant').map((r) => r.kind)).toEqual([
      'arbitration',
      'administrative',
      'payment_order',
      'litigation',
      'administrative',
    ])
    expect(routesOf(routes, 'applicant')[0].basis).toContain('第二十七条')
    expect(routesOf(routes, 'respondent').map((r) => r.kind)).toEqual(['arbitration', 'litigation', 'administrative'])
    expect(routes.notes[0]).toContain('可以直接申请劳动争议仲裁')
    expect(routes.disclaimer).toContain('不构成法律意见')

    for (const phone of [DEMO.resident, DEMO.resident2]) {
      const inbox = (await get(t, phone, '/api/v1/inbox')).json() as Inbox
      const notice = inbox.items.find((i) => i.title === '终止调解告知书')!
      expect(notice).toMatchObject({ kind: 'notice', openedAt: null })
      const opened = await post(t, phone, `/api/v1/inbox/${notice.id}/open`)
      expect(opened.json().openedAt).not.toBeNull()
      const text = pdfText((await get(t, phone, `/api/v1/inbox/${notice.id}/pdf`)).rawPayload)
      expect(text).toContain('终止调解告知书')
      expect(text).toContain('第二十六条')
      expect(text).toContain('申请劳动争议仲裁')
      expect(text).toContain('被申请人不同意支付加班费')
    }
    expect(await auditActions(t, caseId)).toEqual(expect.arrayContaining(['case.outcome', 'case.termination_notice']))

    // The routes stay readable for the parties, and the next record generated carries the outcome and reason.
    const later = (await get(t, DEMO.resident2, `/api/v1/cases/${caseId}/failure-routes`)).json() as FailureRoutes
    expect(later).toMatchObject({ applies: true, outcome: 'failed', reason: '被申请人不同意支付加班费，双方差距较大' })
    const record: MediationRecord = await generate(t, caseId)
    expect(record.content.outcome).toEqual({ result: 'failed', reasons: '被申请人不同意支付加班费，双方差距较大' })
  })

  it('needs a reason for a partial agreement; partial leads on to the agreement and tells the routes for the rest', async () => {
    const caseId = await mediatedCase(t, { disputeType: 'work_injury' })
    const missing = await outcome(caseId, { outcome: 'partial' })
    expect(missing.statusCode).toBe(400)
    expect(missing.json()).toMatchObject({ code: 'OUTCOME_REASON_REQUIRED', details: [{ field: 'reason' }] })

    const res = await outcome(caseId, {
      outcome: 'partial',
      reason: '医疗费已达成一致，伤残补助金待劳动能力鉴定后再议',
    })
    expect(res.statusCode).toBe(200)
    const result = res.json() as RecordOutcomeResult
    expect(result.status).toBe('agreement_reached')
    const applicant = routesOf(result.failureRoutes!, 'applicant')
    expect(applicant.map((r) => r.basis)).toEqual(
      expect.arrayContaining(['《劳动争议调解仲裁法》第十六条', '《工伤保险条例》第十七条、第二十三条']),
    )
    expect(result.failureRoutes!.notes.some((n) => n.includes('共同申请司法确认'))).toBe(true)
    const officer = (await get(t, DEMO.police, '/api/v1/notifications')).json()
    expect(officer.items[0].title).toBe('移交纠纷部分达成调解协议')
  })

  it('gives a neighbour dispute litigation (3 years) and the land-right route, not arbitration', async () => {
    const caseId = await mediatedCase(t, { disputeType: 'neighbor' })
    const before = (await get(t, DEMO.resident, `/api/v1/cases/${caseId}/failure-routes`)).json() as FailureRoutes
    expect(before).toMatchObject({ applies: false, outcome: null })
    const res = (await outcome(caseId, { outcome: 'failed', reason: '双方对围墙位置各执一词' })).json()
    const applicant = routesOf(res.failureRoutes, 'applicant')
    expect(applicant.map((r: { kind: string }) => r.kind)).toEqual(['administrative', 'litigation', 'administrative'])
    expect(applicant[0].basis).toBe('《土地管理法》第十四条')
    expect(applicant[1].timeLimit).toContain('三年')
    expect(applicant[2].basis).toContain('治安管理处罚法')
    expect(res.failureRoutes.notes.join()).not.toContain('十五日')
  })

  it('gives a consumer dispute filed by the resident litigation only; an old caller without a reason still works', async () => {
    const caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      committeeName: STREET_COMMITTEE,
      status: 'in_mediation',
      staffPhones: [DEMO.mediator],
    })
    await t.database.db.updateTable('cases').set({ dispute_type: 'consumer' }).where('id', '=', caseId).execute()
    const res = await outcome(caseId, { outcome: 'failed' })
    expect(res.statusCode).toBe(200)
    const routes = (res.json() as RecordOutcomeResult).failureRoutes!
    expect(routes.reason).toBe('双方未能达成调解协议')
    expect(routesOf(routes, 'applicant').map((r) => r.kind)).toEqual(['litigation'])
    expect(routesOf(routes, 'respondent')[0].basis).toContain('第一百八十八条')
  })

  it('returns no routes for an agreement, and refuses a party or a stranger', async () => {
    const caseId = await mediatedCase(t)
    expect((await post(t, DEMO.resident, `/api/v1/cases/${caseId}/outcome`, { outcome: 'failed' })).statusCode).toBe(
      403,
    )
    expect((await get(t, '13912345678', `/api/v1/cases/${caseId}/failure-routes`)).statusCode).toBe(404)
    const res = (await outcome(caseId, { outcome: 'agreement' })).json() as RecordOutcomeResult
    expect(res).toEqual({ ok: true, status: 'agreement_reached', failureRoutes: null, noticesServed: 0 })
  })
})
