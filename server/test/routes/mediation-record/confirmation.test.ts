import type { MediationRecord, RecordVersionList } from '@contract/mediation-record'
import type { Inbox } from '@contract/service'
import { verifyBundle } from '../../../src/domain/signing/verify-bundle'
import { signingFor } from '../../../src/services/signing/create-signing'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { auditActions, get } from '../referrals/referral-fixtures'
import { confirm, generate, mediatedCase, pdfText, recordUrl, save, say } from './record-fixture'

describe('the mediation record: versions, confirmation, PDF and service', () => {
  let t: TestApp
  let caseId: string
  let v1: MediationRecord
  beforeAll(async () => {
    t = await buildTestApp()
    caseId = await mediatedCase(t)
    await say(t, caseId, [
      [DEMO.resident, '老板欠我三个月工资。'],
      [DEMO.resident2, '我承认欠钱，但现在拿不出来。'],
    ])
    v1 = await generate(t, caseId)
  })
  afterAll(async () => {
    await t.close()
  })

  const latest = async (phone = DEMO.mediator) => (await get(t, phone, recordUrl(caseId))).json() as MediationRecord

  it('records each confirmation with its time, for the exact version read', async () => {
    t.clock.advance(60)
    const res = await confirm(t, caseId, DEMO.resident, v1)
    expect(res.statusCode).toBe(200)
    const after = res.json() as MediationRecord
    const mine = after.confirmations.find((c) => c.role === 'applicant')!
    expect(mine.confirmedAt).toBe(t.clock.now().toISOString())
    expect(after.canConfirm).toBe(false)
    expect(after.confirmations.find((c) => c.role === 'respondent')!.confirmedAt).toBeNull()
    // Confirming twice changes nothing.
    expect((await confirm(t, caseId, DEMO.resident, v1)).json().confirmations).toEqual(after.confirmations)
    const wrongHash = await t.app.inject({
      method: 'POST',
      url: recordUrl(caseId, '/confirm'),
      headers: await t.authHeader(DEMO.resident2),
      payload: { version: v1.version, sha256: '0'.repeat(64) },
    })
    expect(wrongHash.statusCode).toBe(409)
    expect(wrongHash.json().code).toBe('RECORD_TEXT_MISMATCH')
    const admin = await confirm(t, caseId, DEMO.committeeAdmin, v1)
    expect(admin.statusCode).toBe(403)
    expect(await auditActions(t, caseId)).toContain('mediation_record.confirm')
  })

  it('keeps versions; an edit after a confirmation resets it and asks the parties again', async () => {
    const content = {
      ...v1.content,
      mode: 'video' as const,
      lawExplanation:
        '依照《劳动合同法》第三十条，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。',
      proposals: '被申请人于2026年12月31日前分两期支付拖欠工资。',
      disclosure: {
        ...v1.content.disclosure,
        answers: v1.content.disclosure.answers.map((a) => ({ ...a, answer: 'no_objection' as const })),
      },
    }
    t.clock.advance(60)
    const res = await save(t, caseId, DEMO.mediator, v1, content)
    expect(res.statusCode).toBe(200)
    const v2 = res.json() as MediationRecord
    expect(v2.version).toBe(2)
    expect(v2.text).toContain('调解方式：线上视频调解')
    expect(v2.text).toContain('对调解员无异议')
    expect(v2.text).toContain('《劳动合同法》第三十条')
    expect(v2.sha256).not.toBe(v1.sha256)
    expect(v2.confirmations.every((c) => c.confirmedAt === null)).toBe(true)

    const notes = (await get(t, DEMO.resident, '/api/v1/notifications')).json()
    expect(notes.items[0]).toMatchObject({ kind: 'record_confirmation', title: '调解笔录已修改，请重新确认' })

    const history = (await get(t, DEMO.resident, recordUrl(caseId, '/versions'))).json() as RecordVersionList
    expect(history.items.map((i) => [i.version, i.confirmedCount])).toEqual([
      [2, 0],
      [1, 1],
    ])
    const old = (await get(t, DEMO.resident, recordUrl(caseId, '/versions/1'))).json() as MediationRecord
    expect(old).toMatchObject({ version: 1, latest: false, canConfirm: false, sha256: v1.sha256 })
    expect(old.confirmations.find((c) => c.role === 'applicant')!.confirmedAt).not.toBeNull()
    expect((await get(t, DEMO.resident, recordUrl(caseId, '/versions/9'))).json().code).toBe('RECORD_VERSION_NOT_FOUND')
  })

  it('refuses to confirm or edit a stale version (409 RECORD_VERSION_STALE)', async () => {
    const stale = await confirm(t, caseId, DEMO.resident2, v1)
    expect(stale.statusCode).toBe(409)
    expect(stale.json().code).toBe('RECORD_VERSION_STALE')
    const staleEdit = await save(t, caseId, DEMO.mediator, v1, v1.content)
    expect(staleEdit.statusCode).toBe(409)
    expect(staleEdit.json().code).toBe('RECORD_VERSION_STALE')
  })

  it('rejects a bad edit with a code and the field, and a party’s edit with 403', async () => {
    const v2 = await latest()
    const failedNoReason = await save(t, caseId, DEMO.mediator, v2, {
      ...v2.content,
      outcome: { result: 'failed', reasons: '' },
    })
    expect(failedNoReason.statusCode).toBe(400)
    expect(failedNoReason.json()).toMatchObject({
      code: 'RECORD_REASONS_REQUIRED',
      details: [{ field: 'content/outcome/reasons' }],
    })
    const schema = await save(t, caseId, DEMO.mediator, v2, { ...v2.content, mode: 'phone' })
    expect(schema.statusCode).toBe(400)
    expect(schema.json().code).toBe('VALIDATION_FAILED')
    const party = await save(t, caseId, DEMO.resident, v2, v2.content)
    expect(party.statusCode).toBe(403)
    expect(party.json().code).toBe('RECORD_MEDIATOR_ONLY')
  })

  it('serves the PDF to each party’s inbox once both parties and the mediator confirmed', async () => {
    const v2 = await latest()
    for (const phone of [DEMO.resident, DEMO.resident2]) {
      t.clock.advance(60)
      expect((await confirm(t, caseId, phone, v2)).statusCode).toBe(200)
    }
    expect((await latest()).servedAt).toBeNull()
    expect(((await get(t, DEMO.resident, '/api/v1/inbox')).json() as Inbox).items).toHaveLength(0)
    t.clock.advance(60)
    const done = (await confirm(t, caseId, DEMO.mediator, v2)).json() as MediationRecord
    expect(done.allConfirmedAt).toBe(t.clock.now().toISOString())
    expect(done.servedAt).toBe(t.clock.now().toISOString())

    for (const phone of [DEMO.resident, DEMO.resident2]) {
      const inbox = (await get(t, phone, '/api/v1/inbox')).json() as Inbox
      expect(inbox.items).toEqual([expect.objectContaining({ kind: 'record', title: '调解笔录（第2版）' })])
      const pdf = await get(t, phone, `/api/v1/inbox/${inbox.items[0].id}/pdf`)
      expect(pdf.statusCode).toBe(200)
      const text = pdfText(pdf.rawPayload)
      expect(text).toContain('调解笔录')
      expect(text).toContain('十、调解结果')
      expect(text).toContain('《劳动合同法》第三十条')
      expect(text).toContain('老板欠我三个月工资。')
      expect(text).toMatch(/申请人王秀英：已于2026年11月26日\d\d:\d\d在线确认/)
      expect(text).toMatch(/调解员\S+：已于2026年11月26日\d\d:\d\d在线确认/)
    }
    expect(await auditActions(t, caseId)).toEqual(
      expect.arrayContaining(['mediation_record.edit', 'mediation_record.serve', 'service.serve']),
    )

    // The record download is the served file, and the case bundle carries it.
    const download = await get(t, DEMO.resident, recordUrl(caseId, '/pdf'))
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(pdfText(download.rawPayload)).toMatch(/被申请人李建国：已于.*在线确认/)
    const draft = await get(t, DEMO.resident, recordUrl(caseId, '/pdf?version=1'))
    expect(pdfText(draft.rawPayload)).toContain('被申请人李建国：尚未确认')
    const bundle = await get(t, DEMO.mediator, `/api/v1/cases/${caseId}/bundle`)
    expect(bundle.statusCode).toBe(200)
    const verified = verifyBundle(bundle.rawPayload, signingFor(t.app).key.publicKey)
    expect(verified.valid).toBe(true)
    expect(verified.items.map((i) => i.path)).toContain('mediation-record/confirmed-record.pdf')
  })

  it('serves exactly once when the last two confirm at the same moment', async () => {
    const other = await mediatedCase(t, { incidentNumber: 'J500107202611260009' })
    const record = await generate(t, other)
    expect((await confirm(t, other, DEMO.mediator, record)).statusCode).toBe(200)
    const both = await Promise.all([DEMO.resident, DEMO.resident2].map((phone) => confirm(t, other, phone, record)))
    expect(both.map((r) => r.statusCode)).toEqual([200, 200])
    const final = (await get(t, DEMO.mediator, recordUrl(other))).json() as MediationRecord
    expect(final.servedAt).not.toBeNull()
    for (const phone of [DEMO.resident, DEMO.resident2]) {
      const inbox = (await get(t, phone, '/api/v1/inbox')).json() as Inbox
      expect(inbox.items.filter((i) => i.caseId === other && i.kind === 'record')).toHaveLength(1)
    }
  })
})
