import type { AgreementVersion } from '@contract/agreements'
import type { SigningStatus } from '@contract/signatures'
import { verifySealedPdf } from '../../../src/domain/signing/verify-sealed-pdf'
import { signingFor } from '../../../src/services/signing/create-signing'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { createSigningCase, makePng, type SigningCase } from '../../services/signing/signing-fixture'
import { call, confirmByParties, draftAgreement, wageContent, type Who } from '../agreements/agreement-http'

describe('logged-in signing routes', () => {
  let t: TestApp
  let c: SigningCase
  beforeAll(async () => {
    t = await buildTestApp()
  })
  beforeEach(async () => {
    c = await createSigningCase(t, `（2026）九杨调字第${Math.random().toString().slice(2, 8)}号`)
  })
  afterAll(async () => {
    await t.close()
  })

  const docUrl = (v: AgreementVersion, rest = '') => `/documents/${v.documentRowId}${rest}`

  /** What the mini-program does: ask for a code, read it (here from the SMS outbox), sign the hash it showed. */
  async function sign(who: Who, v: AgreementVersion, seed: number, sha256 = v.sha256) {
    const as = who === 'mediator' ? 'mediator' : who === 'admin' ? 'committee' : 'party'
    const sent = await call(t, c, who, 'POST', docUrl(v, '/signing/code'), { as })
    if (sent.statusCode !== 200) return sent
    expect(sent.json().phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)
    t.clock.advance(20)
    const code = t.sms.last(c.users[who].phone, 'sign_code')!.params.code
    const body = { documentSha256: sha256, code, signatureImage: makePng(120, 48, seed).toString('base64') }
    return as === 'committee'
      ? call(t, c, who, 'POST', docUrl(v, '/signing/seal'), body)
      : call(t, c, who, 'POST', docUrl(v, '/signing/sign'), { ...body, as })
  }

  async function confirmedAgreement() {
    return confirmByParties(t, c, await draftAgreement(t, c))
  }

  it('signs parties → mediator → seal, then serves the sealed PDF, which verifies', async () => {
    const v = await confirmedAgreement()
    expect((await sign('applicant', v, 1)).statusCode).toBe(200)
    expect((await sign('respondent', v, 2)).statusCode).toBe(200)
    const afterMediator: SigningStatus = (await sign('mediator', v, 3)).json()
    expect(afterMediator).toMatchObject({ stage: 'committee', effectiveAt: null })
    const sealed = await sign('admin', v, 4)
    expect(sealed.statusCode).toBe(200)
    const status: SigningStatus = sealed.json()
    expect(status.stage).toBe('complete')
    expect(status.events.map((e) => e.signer.role)).toEqual(['party', 'party', 'mediator', 'committee'])
    expect(status.events[0]).toMatchObject({ documentSha256: v.sha256, userAgent: 'lightMyRequest' })
    expect(status.effectiveAt).toBe(status.events[3].time)

    const pdf = await call(t, c, 'respondent', 'GET', docUrl(v, '/signed.pdf'))
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const check = verifySealedPdf(pdf.rawPayload, signingFor(t.app).key.publicKey)
    expect(check.valid).toBe(true)
    const byCode = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      payload: { code: status.verificationCode },
    })
    expect(byCode.json()).toMatchObject({ valid: true, document: { documentSha256: v.sha256 } })

    const viewed = (await call(t, c, 'applicant', 'GET', '/agreement')).json()
    expect(viewed.effectiveAt).toBe(status.effectiveAt)
    const edit = await call(t, c, 'mediator', 'PUT', '/agreement', {
      ...(await wageContent(t, c)),
      issues: ['x'],
      baseVersion: 1,
    })
    expect(edit.json().code).toBe('AGREEMENT_EFFECTIVE')
  })

  it('refuses signing before every party confirmed the text, and out of order', async () => {
    const draft = await draftAgreement(t, c)
    const early = await sign('applicant', draft, 1)
    expect(early.statusCode).toBe(409)
    expect(early.json().code).toBe('DOCUMENT_NOT_CONFIRMED')

    const v = await confirmByParties(t, c, draft)
    const mediatorFirst = await call(t, c, 'mediator', 'POST', docUrl(v, '/signing/code'), { as: 'mediator' })
    expect(mediatorFirst.statusCode).toBe(409)
    expect(mediatorFirst.json().code).toBe('SIGNING_ORDER')
    const sealFirst = await call(t, c, 'admin', 'POST', docUrl(v, '/signing/code'), { as: 'committee' })
    expect(sealFirst.json().code).toBe('SIGNING_ORDER')
    const notAdmin = await call(t, c, 'mediator', 'POST', docUrl(v, '/signing/code'), { as: 'committee' })
    expect(notAdmin.statusCode).toBe(403)
    const wrongText = await sign('applicant', v, 1, 'f'.repeat(64))
    expect(wrongText.json().code).toBe('DOCUMENT_TEXT_MISMATCH')
  })

  it('refuses a superseded version even after it was confirmed and partly signed', async () => {
    const v1 = await confirmedAgreement()
    expect((await sign('applicant', v1, 1)).statusCode).toBe(200)
    const content = await wageContent(t, c)
    const put = await call(t, c, 'mediator', 'PUT', '/agreement', {
      ...content,
      terms: [{ ...content.terms[0], amount: 9000 }],
      baseVersion: 1,
    })
    const v2: AgreementVersion = put.json()
    expect(v2.version).toBe(2)

    const stale = await sign('respondent', v1, 2)
    expect(stale.statusCode).toBe(409)
    expect(stale.json().code).toBe('DOCUMENT_VERSION_SUPERSEDED')
    const unconfirmed = await sign('respondent', v2, 2)
    expect(unconfirmed.json().code).toBe('DOCUMENT_NOT_CONFIRMED')
    await confirmByParties(t, c, v2)
    expect((await sign('applicant', v2, 1)).statusCode).toBe(200)

    const list = (await call(t, c, 'mediator', 'GET', '/documents')).json()
    expect(
      list.items.map((d: { version: number; latest: boolean; signatures: number }) => [
        d.version,
        d.latest,
        d.signatures,
      ]),
    ).toEqual([
      [2, true, 1],
      [1, false, 1],
    ])
  })

  it('hides documents and bundles from people outside the case, and across cases', async () => {
    const v = await confirmedAgreement()
    for (const url of ['/documents', docUrl(v, '/signing'), docUrl(v, '/signed.pdf'), '/bundle']) {
      const res = await call(t, c, 'outsider', 'GET', url)
      expect(res.statusCode).toBe(404)
    }
    const other = await createSigningCase(t, '（2026）九杨调字第999号')
    const headers = await t.authHeader(c.users.applicant.phone)
    const crossed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${other.caseId}/documents/${v.documentRowId}/signing`,
      headers,
    })
    expect(crossed.statusCode).toBe(404)
    expect(crossed.json().code).toBe('DOCUMENT_NOT_FOUND')
    const pending = await call(t, c, 'applicant', 'GET', docUrl(v, '/signed.pdf'))
    expect(pending.json().code).toBe('DOCUMENT_NOT_EFFECTIVE')
  })

  it('serves the case bundle to the case’s participants', async () => {
    const v = await confirmedAgreement()
    for (const [who, seed] of [
      ['applicant', 1],
      ['respondent', 2],
      ['mediator', 3],
      ['admin', 4],
    ] as const) {
      expect((await sign(who, v, seed)).statusCode).toBe(200)
    }
    const res = await call(t, c, 'applicant', 'GET', '/bundle')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/x-tar')
    expect(res.rawPayload.subarray(257, 262).toString()).toBe('ustar')
    expect(res.rawPayload.includes(Buffer.from('manifest.json'))).toBe(true)
  })

  it('routes marriage, adoption and inheritance agreements to paper signing (ESL art 3)', async () => {
    const content = await wageContent(t, c)
    const v = await confirmByParties(
      t,
      c,
      await draftAgreement(t, c, { ...content, otherClauses: ['父亲的遗产由申请人继承。'] }),
    )
    expect(v.offlineSigningRequired).toBe(true)
    expect(v.flags.map((f) => f.code)).toContain('STATUS_MATTER')
    const refused = await call(t, c, 'applicant', 'POST', docUrl(v, '/signing/code'), { as: 'party' })
    expect(refused.statusCode).toBe(422)
    expect(refused.json().code).toBe('E_SIGNATURE_EXCLUDED')
    const byParty = await call(t, c, 'applicant', 'POST', docUrl(v, '/signing/paper'), { note: '已线下签署' })
    expect(byParty.statusCode).toBe(403)
    const recorded = await call(t, c, 'mediator', 'POST', docUrl(v, '/signing/paper'), {
      note: '2026-11-27 在调委会签署纸质协议',
    })
    expect(recorded.statusCode).toBe(200)
    const status: SigningStatus = (await call(t, c, 'applicant', 'GET', docUrl(v, '/signing'))).json()
    expect(status.offlineRequired).toBe(true)
    expect(status.effectiveAt).not.toBeNull()
  })
})
