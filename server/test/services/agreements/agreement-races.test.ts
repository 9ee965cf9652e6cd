import { AgreementReview } from '../../../src/services/agreements/agreement-review'
import { AgreementService } from '../../../src/services/agreements/agreement-service'
import { signingFor } from '../../../src/services/signing/create-signing'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { createSigningCase, type SigningCase } from '../signing/signing-fixture'
import { wageContent } from '../../routes/agreements/agreement-http'

describe('agreement service under concurrent use', () => {
  let t: TestApp
  let c: SigningCase
  let drafting: AgreementService
  let review: AgreementReview
  beforeAll(async () => {
    t = await buildTestApp()
    const { audit, clock } = t.app.services
    const { documents } = signingFor(t.app).signing
    drafting = new AgreementService(t.database, audit, clock, documents)
    review = new AgreementReview(t.database, audit, clock, documents, drafting)
  })
  beforeEach(async () => {
    c = await createSigningCase(t, `（2026）九杨调字第${Math.random().toString().slice(2, 8)}号`)
  })
  afterAll(async () => {
    await t.close()
  })

  it('confirms the document when both parties confirm at the same moment', async () => {
    const v1 = await drafting.draft(c.users.mediator, c.caseId, await wageContent(t, c), null)
    const body = { version: 1, documentSha256: v1.sha256 }
    await Promise.all([
      review.confirm(c.users.applicant, c.caseId, body, null),
      review.confirm(c.users.respondent, c.caseId, body, null),
    ])
    const after = await drafting.get(c.users.mediator, c.caseId)
    expect(after.confirmedAt).not.toBeNull()
    expect(after.confirmations.every((x) => x.confirmedAt)).toBe(true)
  })

  it('keeps one of two simultaneous edits on the same base and tells the other to reload', async () => {
    const content = await wageContent(t, c)
    await drafting.draft(c.users.mediator, c.caseId, content, null)
    const edit = (amount: number) =>
      drafting.edit(c.users.mediator, c.caseId, { ...content, terms: [{ ...content.terms[0], amount }] }, 1, null).then(
        (v) => `ok ${v.version}`,
        (err: { code: string }) => err.code,
      )
    const outcomes = await Promise.all([edit(1000), edit(2000)])
    expect(outcomes.sort()).toEqual(['AGREEMENT_VERSION_CONFLICT', 'ok 2'])
    expect((await drafting.versions(c.users.mediator, c.caseId)).items.map((v) => v.version)).toEqual([2, 1])
  })

  it('repeats a party’s confirmation harmlessly', async () => {
    const v1 = await drafting.draft(c.users.mediator, c.caseId, await wageContent(t, c), null)
    const body = { version: 1, documentSha256: v1.sha256 }
    await review.confirm(c.users.applicant, c.caseId, body, null)
    const again = await review.confirm(c.users.applicant, c.caseId, body, null)
    expect(again.confirmations.filter((x) => x.confirmedAt)).toHaveLength(1)
    expect(again.confirmedAt).toBeNull()
  })
})
