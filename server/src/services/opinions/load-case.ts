import type { Database } from '../../db/database'
import { factStatus } from '../fact-sheet/fact-status'
import { sharedCaseFile } from '../storage/caucus-files'
import type { CaseForOpinion, FigureAvailability } from './case-to-opinion-input'

/** The case, its parties, uploads, fact sheet and the regional figures its province has, for the opinion. */
export async function loadCaseForOpinion(database: Database, caseId: string): Promise<CaseForOpinion | undefined> {
  const db = database.db
  const row = await db
    .selectFrom('cases')
    .select(['case_number', 'title', 'dispute_type', 'narrative', 'facts', 'region_code'])
    .where('id', '=', caseId)
    .executeTakeFirst()
  if (!row) return undefined
  const parties = await db
    .selectFrom('case_parties')
    .select(['role', 'name'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute()
  const files = await db
    .selectFrom('files')
    .select(['original_name', 'kind'])
    .where('case_id', '=', caseId)
    .where(sharedCaseFile) // the opinion is shown to the parties: no caucus (背靠背) files
    .orderBy('created_at')
    .execute()
  return {
    caseNumber: row.case_number,
    title: row.title,
    disputeType: row.dispute_type,
    narrative: row.narrative,
    facts: row.facts,
    parties,
    uploadedFiles: files.map((f, i) => f.original_name ?? `上传的${FILE_KINDS[f.kind] ?? '文件'}${i + 1}`),
    factSheet: await loadFactSheet(database, caseId),
    figures: await loadFigures(database, provinceOf(row.region_code)),
  }
}

const FILE_KINDS: Record<string, string> = { image: '图片', audio: '录音', pdf: 'PDF文件' }

/** Statistical figures are published per province (直辖市): 500107003002 → 500000. */
export function provinceOf(regionCode: string | null): string | undefined {
  return regionCode && /^\d{6}/.test(regionCode) ? `${regionCode.slice(0, 2)}0000` : undefined
}

async function loadFigures(database: Database, region: string | undefined): Promise<FigureAvailability[]> {
  if (!region) return []
  const rows = await database.db
    .selectFrom('regional_figures')
    .select(['region_code', 'region_name', 'year', 'kind'])
    .where('region_code', '=', region)
    .execute()
  return rows.map((r) => ({ region: r.region_code, regionName: r.region_name, year: r.year, kind: r.kind }))
}

async function loadFactSheet(database: Database, caseId: string): Promise<CaseForOpinion['factSheet']> {
  const items = await database.db
    .selectFrom('fact_sheet_items')
    .select(['id', 'statement', 'stated_by_role'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('fact_key')
    .execute()
  if (items.length === 0) return []
  const marks = await database.db
    .selectFrom('fact_sheet_marks')
    .select(['item_id', 'party_role', 'mark'])
    .where(
      'item_id',
      'in',
      items.map((i) => i.id),
    )
    .execute()
  return items.map((item) => {
    const markOf = (role: string) => {
      const mark = marks.find((m) => m.item_id === item.id && m.party_role === role)?.mark
      return mark === 'agree' || mark === 'dispute' ? { mark: mark as 'agree' | 'dispute' } : null
    }
    const statedBy = item.stated_by_role as 'applicant' | 'respondent' | 'police'
    return {
      statement: item.statement,
      statedBy,
      status: factStatus(statedBy, { applicant: markOf('applicant'), respondent: markOf('respondent') }),
    }
  })
}
