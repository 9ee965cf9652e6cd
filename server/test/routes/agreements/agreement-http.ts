import type { AgreementContent, AgreementVersion } from '@contract/agreements'
import type { TestApp } from '../../helpers/test-app'
import type { SigningCase } from '../../services/signing/signing-fixture'

export type Who = keyof SigningCase['users']

/** Calls the API as one of the fixture's users (logging in by SMS on first use). */
export async function call(
  t: TestApp,
  c: SigningCase,
  who: Who,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) {
  const headers = await t.authHeader(c.users[who].phone)
  return t.app.inject({ method, url: `/api/v1/cases/${c.caseId}${url}`, headers, payload: payload as object })
}

/** A clear wage agreement between the fixture's two parties (ids from the template). */
export async function wageContent(t: TestApp, c: SigningCase): Promise<AgreementContent> {
  const template = (await call(t, c, 'mediator', 'GET', '/agreement/template')).json()
  const id = (role: string) => template.parties.find((p: { role: string }) => p.role === role).partyId as string
  return {
    facts: '申请人于2026年3月起为被申请人工作，被申请人拖欠申请人2026年6月至8月工资。',
    issues: ['拖欠工资的数额', '支付期限'],
    responsibilities: '被申请人未按月足额支付工资，应承担支付责任。',
    terms: [
      {
        kind: 'payment',
        payerPartyId: id('respondent'),
        payeePartyId: id('applicant'),
        description: '拖欠的劳动报酬',
        amount: 12000,
        method: 'bank_transfer',
        dueDate: '2026-12-31',
        account: '王秀英，中国农业银行，6228480000000000000',
      },
    ],
    otherClauses: ['双方就本纠纷再无其他争议。'],
  }
}

export async function draftAgreement(
  t: TestApp,
  c: SigningCase,
  content?: AgreementContent,
): Promise<AgreementVersion> {
  const res = await call(t, c, 'mediator', 'POST', '/agreement', content ?? (await wageContent(t, c)))
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.body}`)
  return res.json()
}

/** Both parties confirm the given version; returns the view after the last confirmation. */
export async function confirmByParties(t: TestApp, c: SigningCase, v: AgreementVersion): Promise<AgreementVersion> {
  let last: AgreementVersion = v
  for (const who of ['applicant', 'respondent'] as const) {
    const res = await call(t, c, who, 'POST', '/agreement/confirm', { version: v.version, documentSha256: v.sha256 })
    if (res.statusCode !== 200) throw new Error(`confirm failed: ${res.body}`)
    last = res.json()
  }
  return last
}
