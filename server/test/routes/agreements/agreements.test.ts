import { createHash } from 'node:crypto'
import type { AgreementVersion } from '@contract/agreements'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { createSigningCase, type SigningCase } from '../../services/signing/signing-fixture'
import { call, confirmByParties, draftAgreement, wageContent } from './agreement-http'

describe('agreement drafting routes', () => {
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

  it('gives the mediator a template filled with the case parties', async () => {
    const res = await call(t, c, 'mediator', 'GET', '/agreement/template')
    expect(res.statusCode).toBe(200)
    const template = res.json()
    expect(template.parties.map((p: { name: string }) => p.name)).toEqual(['王秀英', '李建国'])
    expect(template.suggested.terms[0]).toMatchObject({ kind: 'payment', method: 'bank_transfer' })
  })

  it('drafts version 1 whose sha256 is of the exact text, with the parties’ names and flags', async () => {
    const v1 = await draftAgreement(t, c)
    expect(v1).toMatchObject({ version: 1, latest: true, title: '人民调解协议书', confirmedAt: null, flags: [] })
    expect(v1.sha256).toBe(createHash('sha256').update(v1.body, 'utf8').digest('hex'))
    expect(v1.body).toContain('被申请人李建国于2026年12月31日前通过银行转账方式向申请人王秀英支付')
    expect(v1.body).toContain('人民币壹万贰仟元整')
    expect(v1.confirmations.map((x) => x.confirmedAt)).toEqual([null, null])
    const again = await call(t, c, 'mediator', 'POST', '/agreement', await wageContent(t, c))
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('AGREEMENT_EXISTS')
  })

  it('flags terms that block judicial confirmation while drafting', async () => {
    const content = await wageContent(t, c)
    content.terms[0].dueDate = undefined
    content.otherClauses = ['该房屋所有权归申请人。']
    const v1 = await draftAgreement(t, c, content)
    expect(v1.flags.map((f) => f.code).sort()).toEqual(['DATE_MISSING', 'OWNERSHIP_DETERMINATION'])
    const list = (await call(t, c, 'applicant', 'GET', '/agreement/versions')).json()
    expect(list.items).toEqual([expect.objectContaining({ version: 1, blockingFlags: 2 })])
  })

  it('lets only the case mediator draft, and hides the case from outsiders', async () => {
    const content = await wageContent(t, c)
    const byParty = await call(t, c, 'applicant', 'POST', '/agreement', content)
    expect(byParty.statusCode).toBe(403)
    expect(byParty.json().code).toBe('AGREEMENT_MEDIATOR_ONLY')
    await draftAgreement(t, c, content)
    for (const url of ['/agreement', '/agreement/template', '/agreement/versions', '/agreement/comments']) {
      const res = await call(t, c, 'outsider', 'GET', url)
      expect(res.statusCode).toBe(404)
      expect(res.json().code).toBe('CASE_NOT_FOUND')
    }
  })

  it('rejects bad input with a code and the field', async () => {
    const content = await wageContent(t, c)
    content.terms[0].payeePartyId = 'not-a-party'
    const res = await call(t, c, 'mediator', 'POST', '/agreement', content)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({
      code: 'AGREEMENT_PARTY_UNKNOWN',
      details: [{ field: 'terms[0].payeePartyId', message: '不是本案当事人' }],
    })
    const noTerms = await call(t, c, 'mediator', 'POST', '/agreement', { ...content, terms: [] })
    expect(noTerms.statusCode).toBe(400)
    expect(noTerms.json().code).toBe('VALIDATION_FAILED')
  })

  it('keeps every version, diffs them, and refuses an edit on a stale base', async () => {
    const content = await wageContent(t, c)
    await draftAgreement(t, c, content)
    const edited = { ...content, terms: [{ ...content.terms[0], amount: 11000 }], baseVersion: 1 }
    const put = await call(t, c, 'mediator', 'PUT', '/agreement', edited)
    expect(put.statusCode).toBe(200)
    const v2: AgreementVersion = put.json()
    expect(v2.version).toBe(2)
    expect(v2.body).toContain('人民币壹万壹仟元整')

    const stale = await call(t, c, 'mediator', 'PUT', '/agreement', edited)
    expect(stale.statusCode).toBe(409)
    expect(stale.json().code).toBe('AGREEMENT_VERSION_CONFLICT')
    const unchanged = await call(t, c, 'mediator', 'PUT', '/agreement', { ...edited, baseVersion: 2 })
    expect(unchanged.json().code).toBe('AGREEMENT_UNCHANGED')

    const v1 = (await call(t, c, 'respondent', 'GET', '/agreement/versions/1')).json()
    expect(v1).toMatchObject({ version: 1, latest: false })
    expect(v1.body).toContain('人民币壹万贰仟元整')
    const diff = (await call(t, c, 'respondent', 'GET', '/agreement/diff?from=1&to=2')).json()
    expect(diff.summary).toBe('修改 1 条')
    expect(diff.changes[0]).toMatchObject({ clauseKey: 'term-1', change: 'changed' })
    expect((await call(t, c, 'respondent', 'GET', '/agreement/versions/3')).statusCode).toBe(404)
  })

  it('takes comments and proposed wording on a clause of the newest version', async () => {
    await draftAgreement(t, c)
    const res = await call(t, c, 'respondent', 'POST', '/agreement/comments', {
      clauseKey: 'term-1',
      text: '一次付清有困难，希望分两期',
      proposedText: '分两期支付，每期6000元',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      version: 1,
      clauseKey: 'term-1',
      author: { name: '李建国', role: 'respondent' },
    })
    const unknown = await call(t, c, 'applicant', 'POST', '/agreement/comments', { clauseKey: 'term-9', text: '?' })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json()).toMatchObject({ code: 'AGREEMENT_CLAUSE_UNKNOWN', details: [{ field: 'clauseKey' }] })
    const list = (await call(t, c, 'mediator', 'GET', '/agreement/comments')).json()
    expect(list.items).toHaveLength(1)
    expect(list.items[0].proposedText).toBe('分两期支付，每期6000元')
  })

  it('confirms the final text only when every party confirms the newest version’s exact hash', async () => {
    const content = await wageContent(t, c)
    const v1 = await draftAgreement(t, c, content)
    const wrongHash = await call(t, c, 'applicant', 'POST', '/agreement/confirm', {
      version: 1,
      documentSha256: '0'.repeat(64),
    })
    expect(wrongHash.json().code).toBe('DOCUMENT_TEXT_MISMATCH')
    const byMediator = await call(t, c, 'mediator', 'POST', '/agreement/confirm', {
      version: 1,
      documentSha256: v1.sha256,
    })
    expect(byMediator.statusCode).toBe(403)

    const first = await call(t, c, 'applicant', 'POST', '/agreement/confirm', { version: 1, documentSha256: v1.sha256 })
    expect(first.json().confirmedAt).toBeNull()
    // An edit supersedes v1: its confirmation no longer counts and v1 can no longer be confirmed.
    const v2: AgreementVersion = (
      await call(t, c, 'mediator', 'PUT', '/agreement', { ...content, issues: ['拖欠工资数额'], baseVersion: 1 })
    ).json()
    const late = await call(t, c, 'respondent', 'POST', '/agreement/confirm', { version: 1, documentSha256: v1.sha256 })
    expect(late.statusCode).toBe(409)
    expect(late.json().code).toBe('DOCUMENT_VERSION_SUPERSEDED')
    expect(v2.confirmations.every((x) => x.confirmedAt === null)).toBe(true)

    const done = await confirmByParties(t, c, v2)
    expect(done.confirmedAt).not.toBeNull()
    expect(done.confirmations.every((x) => x.confirmedAt !== null)).toBe(true)
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', c.caseId)
      .where('action', 'like', 'agreement.%')
      .orderBy('seq')
      .execute()
    expect(actions.map((a) => a.action)).toEqual([
      'agreement.draft',
      'agreement.party_confirm',
      'agreement.edit',
      'agreement.party_confirm',
      'agreement.party_confirm',
      'agreement.confirmed',
    ])
  })
})
