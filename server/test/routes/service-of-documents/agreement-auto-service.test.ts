import { buildTestApp, type TestApp } from '../../helpers/test-app'
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
