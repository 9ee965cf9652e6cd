import type { Role } from '@contract/roles'
import type { CreateReferralBody, ReferralCreated } from '@contract/referrals'
import { DEMO, type TestApp } from '../../helpers/test-app'

/** Fixtures shared by the referral, invitation, fact-sheet, assignment and notification suites. */

export const STREET_COMMITTEE = '九龙坡区杨家坪街道人民调解委员会'
export const LABOUR_COMMITTEE = '九龙坡区劳动争议人民调解委员会'

export const referralBody = (overrides: Partial<CreateReferralBody> = {}): CreateReferralBody => ({
  incidentNumber: 'J500107202611260001',
  disputeType: 'wage_arrears',
  facts: '2026年11月25日晚，王秀英到某装修公司讨要三个月工资1.5万元，与负责人李建国发生争执，民警到场劝解。',
  regionCode: '500107001001',
  applicant: { name: '王秀英', phone: DEMO.resident },
  respondent: { name: '李建国', phone: DEMO.resident2 },
  ...overrides,
})

export async function organisationId(t: TestApp, name: string): Promise<string> {
  return (
    await t.database.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()
  ).id
}

export async function userIdOf(t: TestApp, phone: string): Promise<string> {
  return (await t.database.db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirstOrThrow()).id
}

/** Adds a staff account directly (the admin API is another area's; its tests cover it). */
export async function addStaff(
  t: TestApp,
  input: { phone: string; name: string; roles: Role[]; organisation: string; specialities?: string[] },
): Promise<string> {
  const organisationId_ = await organisationId(t, input.organisation)
  const user = await t.database.transaction((tx) =>
    t.app.services.users.create(
      tx,
      {
        phone: input.phone,
        displayName: input.name,
        roles: input.roles,
        organisationId: organisationId_,
        specialities: input.specialities ?? [],
      },
      t.clock.now(),
    ),
  )
  return user.id
}

/** An officer refers a dispute (to the street committee unless told otherwise). */
export async function refer(
  t: TestApp,
  overrides: Partial<CreateReferralBody> = {},
  officerPhone: string = DEMO.police,
): Promise<ReferralCreated> {
  const committeeId = overrides.committeeId ?? (await organisationId(t, STREET_COMMITTEE))
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: await t.authHeader(officerPhone),
    payload: referralBody({ committeeId, ...overrides }),
  })
  if (res.statusCode !== 201) throw new Error(`referral failed: ${res.body}`)
  return res.json() as ReferralCreated
}

export async function claim(t: TestApp, token: string, phone: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/invitations/${token}/claim`,
    headers: await t.authHeader(phone),
  })
}

/** A referred case with both sides claimed. */
export async function referredAndClaimed(t: TestApp, overrides: Partial<CreateReferralBody> = {}): Promise<string> {
  const created = await refer(t, overrides)
  for (const link of created.links) {
    const phone = link.partyRole === 'applicant' ? DEMO.resident : DEMO.resident2
    const res = await claim(t, link.token, phone)
    if (res.statusCode !== 200) throw new Error(`claim failed: ${res.body}`)
  }
  return created.referral.caseId
}

export async function post(t: TestApp, phone: string, url: string, payload?: unknown) {
  return t.app.inject({ method: 'POST', url, headers: await t.authHeader(phone), payload: payload as object })
}

export async function get(t: TestApp, phone: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: await t.authHeader(phone) })
}

export async function auditActions(t: TestApp, caseId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', caseId)
    .orderBy('seq', 'asc')
    .execute()
  return rows.map((r) => r.action)
}

/** The committee admin accepts the case and assigns the demo mediator, who accepts (no conflict). */
export async function acceptAndAssign(
  t: TestApp,
  caseId: string,
  mediatorPhone: string = DEMO.mediator,
): Promise<void> {
  const steps = [
    await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/accept`),
    await post(t, DEMO.committeeAdmin, `/api/v1/cases/${caseId}/mediators`, {
      mediatorUserId: await userIdOf(t, mediatorPhone),
    }),
    await post(t, mediatorPhone, `/api/v1/cases/${caseId}/mediator-answer`, { conflictOfInterest: false }),
  ]
  const failed = steps.find((s) => s.statusCode >= 300)
  if (failed) throw new Error(`assignment failed: ${failed.body}`)
}
