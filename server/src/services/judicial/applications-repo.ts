import type { JudicialApplication, JudicialStatus } from '@contract/judicial'
import type { Db, DbTx } from '../../db/database'
import type { CourtBasis } from '../../domain/judicial/competence'
import { applicationText, type ApplicationContent } from '../../domain/judicial/application-pdf'
import { chinaDate } from '../../domain/judicial/china-dates'
import { parseJson } from '../../lib/json'

const REJECTED_ROUTES = [
  '可以通过调解方式变更原调解协议或者达成新的调解协议（人民调解法第三十三条）',
  '可以向人民法院提起诉讼（人民调解法第三十三条；民事诉讼法第二百零六条）',
]

export type ApplicationRow = Awaited<ReturnType<ApplicationsRepo['rows']>>[number]

/** Reads of judicial applications and their view for parties, staff and the court. */
export class ApplicationsRepo {
  async rows(db: Db | DbTx, filter: { id?: string; caseId?: string; courtId?: string; status?: JudicialStatus }) {
    let query = db
      .selectFrom('judicial_applications as j')
      .innerJoin('cases as c', 'c.id', 'j.case_id')
      .innerJoin('organisations as o', 'o.id', 'j.court_id')
      .innerJoin('signable_documents as d', 'd.id', 'j.document_row_id')
      .selectAll('j')
      .select(['c.case_number', 'o.name as court_name', 'd.effective_at'])
    if (filter.id) query = query.where('j.id', '=', filter.id)
    if (filter.caseId) query = query.where('j.case_id', '=', filter.caseId)
    if (filter.courtId) query = query.where('j.court_id', '=', filter.courtId)
    if (filter.status) query = query.where('j.status', '=', filter.status)
    return query.orderBy('j.created_at', 'desc').orderBy('j.id').execute()
  }

  async find(db: Db | DbTx, id: string): Promise<ApplicationRow | undefined> {
    return (await this.rows(db, { id }))[0]
  }

  /** The parties' confirmations of one application (none when `applicationId` is undefined). */
  async confirmations(db: Db | DbTx, caseId: string, applicationId: string | undefined) {
    return db
      .selectFrom('case_parties as p')
      .leftJoin('judicial_confirmations as k', (j) =>
        j.onRef('k.party_id', '=', 'p.id').on('k.application_id', '=', applicationId ?? ''),
      )
      .select(['p.id', 'p.name', 'p.role', 'k.confirmed_at'])
      .where('p.case_id', '=', caseId)
      .orderBy('p.created_at')
      .orderBy('p.id')
      .execute()
  }

  /** The newest application of a case that is not rejected (one live application at a time). */
  async live(db: Db | DbTx, caseId: string): Promise<ApplicationRow | undefined> {
    return (await this.rows(db, { caseId })).find((r) => r.status !== 'rejected')
  }

  async view(db: Db | DbTx, row: ApplicationRow, now: Date): Promise<JudicialApplication> {
    const parties = await this.confirmations(db, row.case_id, row.id)
    const requests = await db
      .selectFrom('judicial_material_requests')
      .selectAll()
      .where('application_id', '=', row.id)
      .orderBy('requested_at')
      .execute()
    const content = parseJson<ApplicationContent | null>(row.content, null)
    const open = row.status === 'filed' || row.status === 'materials_requested'
    return {
      id: row.id,
      caseId: row.case_id,
      caseNumber: row.case_number,
      court: { id: row.court_id, name: row.court_name },
      courtBases: parseJson<CourtBasis[]>(row.court_bases, []),
      status: row.status as JudicialStatus,
      agreementDocumentRowId: row.document_row_id,
      agreementEffectiveAt: row.effective_at,
      applicationFileId: row.application_file_id,
      text: content ? applicationText(content) : null,
      attachments: content?.attachments ?? [],
      parties: parties.map((p) => ({ partyId: p.id, name: p.name, role: p.role, confirmedAt: p.confirmed_at })),
      courtCaseNumber: row.court_case_number,
      submittedAt: row.submitted_at,
      filedAt: row.filed_at,
      decisionDueDate: row.decision_due_at,
      overdue: open && !!row.decision_due_at && chinaDate(now) > row.decision_due_at,
      decidedAt: row.decided_at,
      decisionReasons: row.decision_reasons,
      rulingFileId: row.ruling_file_id,
      nextRoutes: row.status === 'rejected' ? REJECTED_ROUTES : [],
      materialRequests: requests.map((r) => ({
        id: r.id,
        message: r.message,
        requestedAt: r.requested_at,
        dueDate: r.due_date,
        fileIds: parseJson<string[]>(r.file_ids, []),
        suppliedAt: r.supplied_at,
      })),
    }
  }
}
