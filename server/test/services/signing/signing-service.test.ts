import { signingFor } from '../../../src/services/signing/create-signing'
import { verifySealedPdf } from '../../../src/domain/signing/verify-sealed-pdf'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { addVersion, createSigningCase, makePng, signAs, signFully, type SigningCase } from './signing-fixture'

describe('signing service', () => {
  let t: TestApp
  let c: SigningCase
  beforeEach(async () => {
    t = await buildTestApp()
    c = await createSigningCase(t)
  })
  afterEach(async () => {
    await t.close()
  })

  const service = () => signingFor(t.app).signing
  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a refusal')
      },
      (err) => ({ status: err.statusCode as number, code: err.code as string, message: err.message as string }),
    )

  it('signs in order and seals a final PDF that verifies, effective at the committee seal', async () => {
    const doc = await addVersion(t, c)
    const afterParty = await signAs(t, c.users.applicant, doc, 'party')
    expect(afterParty.stage).toBe('parties')
    expect(afterParty.effectiveAt).toBeNull()
    await signAs(t, c.users.respondent, doc, 'party')
    const afterMediator = await signAs(t, c.users.mediator, doc, 'mediator')
    expect(afterMediator.stage).toBe('committee')
    expect(afterMediator.effectiveAt).toBeNull()
    const done = await signAs(t, c.users.admin, doc, 'committee')
    expect(done.stage).toBe('complete')
    expect(done.effectiveAt).toBe(done.events[3].time)
    expect(done.verificationCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    expect(done.events.map((e) => e.signer.role)).toEqual(['party', 'party', 'mediator', 'committee'])
    expect(done.events[1].prevEventHash).toBe(done.events[0].eventHash)

    const file = await service().sealedPdf(c.users.respondent, doc.rowId)
    expect(file.subarray(0, 5).toString()).toBe('%PDF-')
    const result = verifySealedPdf(file, signingFor(t.app).key.publicKey)
    expect(result.problem).toBeNull()
    expect(result.record!.events).toHaveLength(4)
    expect(result.record!.document.documentSha256).toBe(doc.sha256)

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', c.caseId)
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'signing.sign',
      'signing.sign',
      'signing.sign',
      'signing.sign',
      'signing.effective',
      'case.outcome',
      'service.serve', // the sealed agreement served to both parties' inboxes
    ])
    // The agreement took effect, so the case is now 已达成协议 (PML 29 ¶2).
    const kase = await t.database.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', c.caseId)
      .executeTakeFirstOrThrow()
    expect(kase.status).toBe('agreement_reached')
  })

  it('enforces the order: mediator after all parties, seal after the mediator, nobody twice', async () => {
    const doc = await addVersion(t, c)
    expect(await rejection(signAs(t, c.users.mediator, doc, 'mediator'))).toMatchObject({
      status: 409,
      code: 'SIGNING_ORDER',
    })
    expect(await rejection(signAs(t, c.users.admin, doc, 'committee'))).toMatchObject({
      status: 409,
      code: 'SIGNING_ORDER',
    })
    await signAs(t, c.users.respondent, doc, 'party')
    expect(await rejection(signAs(t, c.users.respondent, doc, 'party'))).toMatchObject({ code: 'ALREADY_SIGNED' })
    expect(await rejection(signAs(t, c.users.mediator, doc, 'mediator'))).toMatchObject({ code: 'SIGNING_ORDER' })
    await signAs(t, c.users.applicant, doc, 'party')
    expect(await rejection(signAs(t, c.users.admin, doc, 'committee'))).toMatchObject({ code: 'SIGNING_ORDER' })
    await signAs(t, c.users.mediator, doc, 'mediator')
    expect(await rejection(signAs(t, c.users.mediator, doc, 'mediator'))).toMatchObject({ code: 'ALREADY_SIGNED' })
  })

  it('refuses anyone signing in a capacity they do not hold on this case', async () => {
    const doc = await addVersion(t, c)
    expect(await rejection(signAs(t, c.users.mediator, doc, 'party'))).toMatchObject({
      status: 403,
      code: 'SIGNER_NOT_ALLOWED',
    })
    expect(await rejection(signAs(t, c.users.applicant, doc, 'committee'))).toMatchObject({
      code: 'SIGNER_NOT_ALLOWED',
    })
    expect(await rejection(signAs(t, c.users.admin, doc, 'mediator'))).toMatchObject({ code: 'SIGNER_NOT_ALLOWED' })
  })

  it('refuses a superseded version, an unconfirmed version, and a text other than the confirmed one', async () => {
    const v1 = await addVersion(t, c)
    const v2 = await addVersion(t, c, { documentId: v1.documentId, body: `${'修改后的协议文本。'}\n二、其他。` })
    expect(await rejection(signAs(t, c.users.applicant, v1, 'party'))).toMatchObject({
      status: 409,
      code: 'DOCUMENT_VERSION_SUPERSEDED',
    })
    const v3 = await addVersion(t, c, { documentId: v1.documentId, body: '第三版', confirm: false })
    expect(await rejection(signAs(t, c.users.applicant, v3, 'party'))).toMatchObject({ code: 'DOCUMENT_NOT_CONFIRMED' })
    // v2 is superseded by the unconfirmed v3 too: only the newest version can ever be signed.
    expect(await rejection(signAs(t, c.users.applicant, v2, 'party'))).toMatchObject({
      code: 'DOCUMENT_VERSION_SUPERSEDED',
    })

    const v4 = await addVersion(t, c, { documentId: v1.documentId })
    const shownOld = { rowId: v4.rowId, sha256: v2.sha256 }
    expect(await rejection(signAs(t, c.users.applicant, shownOld, 'party'))).toMatchObject({
      code: 'DOCUMENT_TEXT_MISMATCH',
    })
  })

  it('re-checks identity by SMS code: a wrong code signs nothing', async () => {
    const doc = await addVersion(t, c)
    await service().requestCode(c.users.applicant, doc.rowId, 'party')
    const code = t.sms.last(c.users.applicant.phone, 'sign_code')!.params.code
    const wrong = code === '000000' ? '111111' : '000000'
    const attempt = service().sign(c.users.applicant, {
      documentRowId: doc.rowId,
      documentSha256: doc.sha256,
      as: 'party',
      code: wrong,
      signatureImage: makePng().toString('base64'),
      ip: null,
      userAgent: null,
    })
    expect(await rejection(attempt)).toMatchObject({ code: 'AUTH_CODE_INVALID' })
    expect((await service().status(c.users.applicant, doc.rowId)).events).toHaveLength(0)
  })

  it('rejects a signature that is not a PNG, naming the field', async () => {
    const doc = await addVersion(t, c)
    await service().requestCode(c.users.applicant, doc.rowId, 'party')
    const code = t.sms.last(c.users.applicant.phone, 'sign_code')!.params.code
    const err = await service()
      .sign(c.users.applicant, {
        documentRowId: doc.rowId,
        documentSha256: doc.sha256,
        as: 'party',
        code,
        signatureImage: Buffer.from('GIF89a not a png at all, really not').toString('base64'),
        ip: null,
        userAgent: null,
      })
      .catch((e) => e)
    expect(err).toMatchObject({ statusCode: 400, code: 'SIGNATURE_IMAGE_INVALID' })
    expect(err.details[0].field).toBe('signatureImage')
  })

  it('hides every document of a case from an outsider', async () => {
    const doc = await addVersion(t, c)
    await signFully(t, c, doc)
    const outsider = c.users.outsider
    expect(await rejection(service().readableDocument(outsider, doc.rowId))).toMatchObject({
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
    })
    expect(await rejection(service().status(outsider, doc.rowId))).toMatchObject({ status: 404 })
    expect(await rejection(service().sealedPdf(outsider, doc.rowId))).toMatchObject({ status: 404 })
    expect(await rejection(service().requestCode(outsider, doc.rowId, 'party'))).toMatchObject({ status: 404 })
    expect(await rejection(signingFor(t.app).bundles.build(outsider, c.caseId))).toMatchObject({
      status: 404,
      code: 'CASE_NOT_FOUND',
    })
    // A party of another case is an outsider here, and a party removed from the case loses access.
    const other = await createSigningCase(t, '（2026）九杨调字第002号')
    expect((await service().readableDocument(other.users.applicant, doc.rowId)).id).toBe(doc.rowId) // same resident, party of both
    // (their copy of the agreement, served at sealing, goes with them)
    await t.database.db
      .deleteFrom('served_documents')
      .where('case_id', '=', c.caseId)
      .where('user_id', '=', c.users.respondent.userId)
      .execute()
    await t.database.db
      .deleteFrom('case_parties')
      .where('case_id', '=', c.caseId)
      .where('user_id', '=', c.users.respondent.userId)
      .execute()
    expect(await rejection(service().sealedPdf(c.users.respondent, doc.rowId))).toMatchObject({ status: 404 })
  })

  it('keeps the chain linear when both parties sign at the same moment', async () => {
    const doc = await addVersion(t, c)
    const signing = service()
    await signing.requestCode(c.users.applicant, doc.rowId, 'party')
    await signing.requestCode(c.users.respondent, doc.rowId, 'party')
    const request = (user: typeof c.users.applicant, seed: number) => ({
      documentRowId: doc.rowId,
      documentSha256: doc.sha256,
      as: 'party' as const,
      code: t.sms.last(user.phone, 'sign_code')!.params.code,
      signatureImage: makePng(120, 48, seed).toString('base64'),
      ip: null,
      userAgent: null,
    })
    await Promise.all([
      signing.sign(c.users.applicant, request(c.users.applicant, 1)),
      signing.sign(c.users.respondent, request(c.users.respondent, 2)),
    ])
    const { events, stage } = await signing.status(c.users.mediator, doc.rowId)
    expect(stage).toBe('mediator')
    expect(events).toHaveLength(2)
    expect(events[1].prevEventHash).toBe(events[0].eventHash)
  })

  it('refuses e-signing status matters (ESL art 3), records offline signing, and lets the mediator record the paper signing', async () => {
    const doc = await addVersion(t, c, { body: '一、双方自愿解除收养关系。\n二、李建国继承其父遗产的房屋归其所有。' })
    const refused = await rejection(signAs(t, c.users.applicant, doc, 'party'))
    expect(refused).toMatchObject({ status: 422, code: 'E_SIGNATURE_EXCLUDED' })
    expect(refused.message).toContain('收养、继承')
    expect(refused.message).toContain('电子签名法')
    expect(t.sms.last(c.users.applicant.phone, 'sign_code')).toBeUndefined()
    const status = await service().status(c.users.mediator, doc.rowId)
    expect(status.offlineRequired).toBe(true)
    expect(status.events).toHaveLength(0)
    // A second refusal does not record it twice.
    await rejection(signAs(t, c.users.respondent, doc, 'party'))
    const required = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'signing.offline_required')
      .execute()
    expect(required).toHaveLength(1)

    expect(
      await rejection(service().recordPaperSigning(c.users.applicant, doc.rowId, '纸质协议已签署', null)),
    ).toMatchObject({ status: 403 })
    await service().recordPaperSigning(
      c.users.mediator,
      doc.rowId,
      '双方及调解员于调委会签署纸质协议并盖章',
      '203.0.113.9',
    )
    expect((await service().status(c.users.applicant, doc.rowId)).effectiveAt).toBe(t.clock.now().toISOString())
    expect(await rejection(service().recordPaperSigning(c.users.mediator, doc.rowId, '重复登记', null))).toMatchObject({
      code: 'OFFLINE_SIGNING_NOT_REQUIRED',
    })
  })

  it('refuses e-signing when drafting flagged a status matter the text scan would miss', async () => {
    const doc = await addVersion(t, c, { statusMatters: ['marriage'] })
    expect(await rejection(signAs(t, c.users.applicant, doc, 'party'))).toMatchObject({ code: 'E_SIGNATURE_EXCLUDED' })
  })

  it('refuses e-signing while a party has no account (they could never sign)', async () => {
    await t.database.db
      .updateTable('case_parties')
      .set({ user_id: null })
      .where('case_id', '=', c.caseId)
      .where('role', '=', 'respondent')
      .execute()
    const doc = await addVersion(t, c)
    expect(await rejection(signAs(t, c.users.applicant, doc, 'party'))).toMatchObject({ code: 'PARTY_WITHOUT_ACCOUNT' })
  })
})
