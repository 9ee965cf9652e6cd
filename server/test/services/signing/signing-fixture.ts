import { newId } from '../../../src/lib/ids'
import type { AuthContext } from '../../../src/plugins/app/auth'
import type { Role } from '@contract/roles'
import { signingFor } from '../../../src/services/signing/create-signing'
import type { SignerRole } from '../../../src/domain/signing/signing-event'
import { DEMO, type TestApp } from '../../helpers/test-app'
import { makePng } from './png-fixture'

export { makePng }

export const AGREEMENT_BODY = [
  '申请人王秀英与被申请人李建国因拖欠劳动报酬发生纠纷，经九龙坡区杨家坪街道人民调解委员会调解，双方自愿达成如下协议：',
  '一、被申请人李建国于2026年12月31日前向申请人王秀英支付拖欠工资人民币壹万贰仟元整（¥12,000.00），通过银行转账支付。',
  '二、双方就本纠纷再无其他争议。',
  '三、本协议自双方当事人签名、调解员签名并加盖人民调解委员会印章之日起生效（《人民调解法》第二十九条）。',
].join('\n')

export interface SigningCase {
  caseId: string
  users: Record<'applicant' | 'respondent' | 'mediator' | 'admin' | 'outsider', AuthContext & { phone: string }>
}

async function authOf(t: TestApp, phone: string): Promise<AuthContext & { phone: string }> {
  const user = await t.database.db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirstOrThrow()
  const roles = await t.database.db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()
  return { userId: user.id, roles: roles.map((r) => r.role as Role), phone }
}

/** A case handled by the demo committee: the two demo residents as parties, the demo mediator attached. */
export async function createSigningCase(t: TestApp, caseNumber = '（2026）九杨调字第001号'): Promise<SigningCase> {
  const users = {
    applicant: await authOf(t, DEMO.resident),
    respondent: await authOf(t, DEMO.resident2),
    mediator: await authOf(t, DEMO.mediator),
    admin: await authOf(t, DEMO.committeeAdmin),
    outsider: await authOf(t, DEMO.police),
  }
  const org = await t.database.db
    .selectFrom('users')
    .select('organisation_id')
    .where('id', '=', users.mediator.userId)
    .executeTakeFirstOrThrow()
  const caseId = newId()
  const stamp = t.clock.now().toISOString()
  await t.database.db
    .insertInto('cases')
    .values({
      id: caseId,
      case_number: caseNumber,
      title: '王秀英与李建国劳动报酬纠纷',
      dispute_type: 'labour',
      status: 'in_mediation',
      narrative: '',
      facts: '{}',
      region_code: '500107001',
      committee_id: org.organisation_id,
      source: 'self',
      created_by: users.applicant.userId,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute()
  for (const [role, user, name] of [
    ['applicant', users.applicant, '王秀英'],
    ['respondent', users.respondent, '李建国'],
  ] as const) {
    await t.database.db
      .insertInto('case_parties')
      .values({
        id: newId(),
        case_id: caseId,
        role,
        user_id: user.userId,
        name,
        phone: user.phone,
        kind: 'person',
        created_at: stamp,
      })
      .execute()
  }
  await t.database.db
    .insertInto('case_staff')
    .values({ case_id: caseId, user_id: users.mediator.userId, role: 'mediator', created_at: stamp })
    .execute()
  return { caseId, users }
}

/** Writes a document version (as agreement drafting will), optionally confirmed. */
export async function addVersion(
  t: TestApp,
  c: SigningCase,
  options: {
    documentId?: string
    body?: string
    confirm?: boolean
    statusMatters?: Array<'marriage' | 'adoption' | 'inheritance'>
  } = {},
) {
  const { signing } = signingFor(t.app)
  return t.database.transaction(async (tx) => {
    const created = await signing.documents.createVersion(
      tx,
      {
        documentId: options.documentId,
        caseId: c.caseId,
        kind: 'agreement',
        title: '人民调解协议书',
        body: options.body ?? AGREEMENT_BODY,
        statusMatters: options.statusMatters,
        createdBy: c.users.mediator.userId,
      },
      t.clock.now(),
    )
    if (options.confirm !== false) await signing.documents.confirm(tx, created.id, t.clock.now())
    const row = (await signing.documents.find(tx, created.id))!
    return { rowId: created.id, documentId: row.document_id, sha256: row.sha256 }
  })
}

/** One signature exactly as a user gives it: request the SMS code, read it from the outbox, sign. */
export async function signAs(
  t: TestApp,
  user: AuthContext & { phone: string },
  doc: { rowId: string; sha256: string },
  as: SignerRole,
  seed = 1,
) {
  const { signing } = signingFor(t.app)
  await signing.requestCode(user, doc.rowId, as)
  const code = t.sms.last(user.phone, 'sign_code')!.params.code
  t.clock.advance(30)
  return signing.sign(user, {
    documentRowId: doc.rowId,
    documentSha256: doc.sha256,
    as,
    code,
    signatureImage: makePng(120, 48, seed).toString('base64'),
    ip: '203.0.113.7',
    userAgent: 'jest',
  })
}

/** Both parties, the mediator, then the committee seal: returns the sealed final PDF. */
export async function signFully(t: TestApp, c: SigningCase, doc: { rowId: string; sha256: string }) {
  await signAs(t, c.users.applicant, doc, 'party', 1)
  await signAs(t, c.users.respondent, doc, 'party', 2)
  await signAs(t, c.users.mediator, doc, 'mediator', 3)
  const status = await signAs(t, c.users.admin, doc, 'committee', 4)
  const pdf = await signingFor(t.app).signing.sealedPdf(c.users.applicant, doc.rowId)
  return { status, pdf }
}
