import type { Database } from '../../db/database'
import type { CaseForOpinion } from './case-to-opinion-input'

export async function loadCaseForOpinion(database: Database, caseId: string): Promise<CaseForOpinion | undefined> {
  const row = await database.db
    .selectFrom('cases')
    .select(['case_number', 'title', 'dispute_type', 'narrative', 'facts'])
    .where('id', '=', caseId)
    .executeTakeFirst()
  if (!row) return undefined
  const parties = await database.db
    .selectFrom('case_parties')
    .select(['role', 'name'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute()
  return {
    caseNumber: row.case_number,
    title: row.title,
    disputeType: row.dispute_type,
    narrative: row.narrative,
    facts: row.facts,
    parties,
  }
}
