import type { Db } from '../../../src/db/database'
import { newId } from '../../../src/lib/ids'

export interface CaseSpec {
  committeeId: string | null
  createdBy: string
  parties: Array<{ role: 'applicant' | 'respondent'; userId: string; name: string }>
  staff: Array<{ role: 'mediator' | 'police' | 'court_clerk'; userId: string }>
  caseNumber?: string
}

/**
 * Inserts a case with its parties and staff straight into the database (the intake flow that creates real
 * cases belongs to another module). Shared by the session tests and the fan-out benchmark.
 */
export async function insertCase(db: Db, spec: CaseSpec): Promise<string> {
  const caseId = newId()
  const now = new Date().toISOString()
  await db
    .insertInto('cases')
    .values({
      id: caseId,
      case_number: spec.caseNumber ?? `TJ-TEST-${caseId.slice(0, 8)}`,
      title: '拖欠工资',
      dispute_type: 'labour',
      status: 'in_mediation',
      narrative: '',
      facts: '{}',
      region_code: null,
      committee_id: spec.committeeId,
      source: 'self',
      created_by: spec.createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute()
  for (const party of spec.parties) {
    await db
      .insertInto('case_parties')
      .values({
        id: newId(),
        case_id: caseId,
        role: party.role,
        user_id: party.userId,
        name: party.name,
        phone: null,
        kind: 'person',
        created_at: now,
      })
      .execute()
  }
  for (const member of spec.staff) {
    await db
      .insertInto('case_staff')
      .values({ case_id: caseId, user_id: member.userId, role: member.role, created_at: now })
      .execute()
  }
  return caseId
}
