import type { Database } from '../../src/db/database'
import { newId } from '../../src/lib/ids'

/** Inserts a case directly (for tests of features that read cases; real cases come from intake). */
export async function insertCase(
  database: Database,
  opts: {
    applicantPhone: string
    respondentPhone?: string
    committeeName?: string
    title?: string
    status?: string
    staffPhones?: string[]
  },
): Promise<string> {
  const id = newId()
  const now = new Date().toISOString()
  const userId = async (phone: string) =>
    (await database.db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirstOrThrow()).id
  const committee = opts.committeeName
    ? (
        await database.db
          .selectFrom('organisations')
          .select('id')
          .where('name', '=', opts.committeeName)
          .executeTakeFirstOrThrow()
      ).id
    : null
  const applicant = await userId(opts.applicantPhone)
  await database.db
    .insertInto('cases')
    .values({
      id,
      case_number: `TJ-TEST-${id.slice(0, 8)}`,
      title: opts.title ?? '欠薪纠纷',
      dispute_type: 'wage_arrears',
      status: opts.status ?? 'pending_acceptance',
      narrative: '老板欠我三个月工资共计1万5千元',
      facts: JSON.stringify({ amountClaimed: 15000 }),
      region_code: '500107001001',
      committee_id: committee,
      source: 'self',
      created_by: applicant,
      created_at: now,
      updated_at: now,
    })
    .execute()
  await database.db
    .insertInto('case_parties')
    .values({
      id: newId(),
      case_id: id,
      role: 'applicant',
      user_id: applicant,
      name: '申请人',
      phone: opts.applicantPhone,
      kind: 'person',
      created_at: now,
    })
    .execute()
  if (opts.respondentPhone) {
    await database.db
      .insertInto('case_parties')
      .values({
        id: newId(),
        case_id: id,
        role: 'respondent',
        user_id: await userId(opts.respondentPhone),
        name: '被申请人',
        phone: opts.respondentPhone,
        kind: 'person',
        created_at: now,
      })
      .execute()
  }
  for (const phone of opts.staffPhones ?? []) {
    await database.db
      .insertInto('case_staff')
      .values({ case_id: id, user_id: await userId(phone), role: 'mediator', created_at: now })
      .execute()
  }
  return id
}
