import type {
  DecisionBody,
  JudicialApplication,
  JudicialQueue,
  JudicialStatus,
  MaterialRequestBody,
} from '@contract/judicial'
import type { Db, DbTx } from '../../db/database'
import { decisionDueDate } from '../../domain/judicial/decision-deadline'
import { chinaDate } from '../../domain/judicial/china-dates'
import type { ApplicationContent } from '../../domain/judicial/application-pdf'
import { materialsNotice, materialsDueDateProblem } from '../../domain/judicial/materials-due-date'
import { rulingPdfModel } from '../../domain/judicial/ruling-pdf'
import { wrongStatusMessage } from '../../domain/judicial/status-labels'
import { badRequest, conflict } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import { parseJson } from '../../lib/json'
import type { AuthContext } from '../../plugins/app/auth'
import { notifyUsers, partyUsers } from '../service-of-documents/case-notices'
import { storeGeneratedPdf } from '../service-of-documents/pdf-files'
import { ApplicationsRepo, type ApplicationRow } from './applications-repo'
import { clerkCourtId, courtApplication } from './court-access'
import type { JudicialDeps } from './judicial-deps'

/**
 * The court clerk's side: the queue of applications addressed to their court, filing (立案) with a case
 * number and the decision deadline, requests for more materials, and the ruling (valid or rejected).
 */
export class CourtService {
  private readonly repo = new ApplicationsRepo()

  constructor(private readonly deps: JudicialDeps) {}

  private async courtOf(auth: AuthContext): Promise<string> {
    return clerkCourtId(this.deps.database.db, auth)
  }

  private async mine(courtId: string, db: Db | DbTx, id: string): Promise<ApplicationRow> {
    return courtApplication(this.repo, db, courtId, id)
  }

  async queue(auth: AuthContext, status?: JudicialStatus): Promise<JudicialQueue> {
    const courtId = await this.courtOf(auth)
    const rows = await this.repo.rows(this.deps.database.db, { courtId, status })
    const now = this.deps.clock.now()
    const items: JudicialApplication[] = []
    for (const row of rows.filter((r) => r.status !== 'awaiting_parties')) {
      items.push(await this.repo.view(this.deps.database.db, row, now))
    }
    return { items }
  }

  async get(auth: AuthContext, id: string): Promise<JudicialApplication> {
    const row = await this.mine(await this.courtOf(auth), this.deps.database.db, id)
    return this.repo.view(this.deps.database.db, row, this.deps.clock.now())
  }

  private async transition(
    auth: AuthContext,
    id: string,
    allowed: JudicialStatus[],
    work: (tx: DbTx, row: ApplicationRow, now: Date) => Promise<void>,
  ): Promise<JudicialApplication> {
    const now = this.deps.clock.now()
    const courtId = await this.courtOf(auth)
    await this.deps.database.transaction(async (tx) => {
      const row = await this.mine(courtId, tx, id)
      if (!allowed.includes(row.status as JudicialStatus)) {
        throw conflict('JUDICIAL_STATUS_INVALID', wrongStatusMessage(row.status))
      }
      await work(tx, row, now)
    })
    return this.get(auth, id)
  }

  private async tellParties(tx: DbTx, row: ApplicationRow, title: string, body: string, now: Date) {
    const users = (await partyUsers(tx, row.case_id)).map((p) => p.user_id)
    await notifyUsers(this.deps.notifier, tx, users, { kind: 'judicial_update', title, body, caseId: row.case_id }, now)
  }

  async file(auth: AuthContext, id: string, courtCaseNumber: string, ip: string | null) {
    return this.transition(auth, id, ['submitted'], async (tx, row, now) => {
      const due = decisionDueDate(now, this.deps.settings.decisionDays)
      await tx
        .updateTable('judicial_applications')
        .set({
          status: 'filed',
          court_case_number: courtCaseNumber,
          filed_at: now.toISOString(),
          decision_due_at: due,
          updated_at: now.toISOString(),
        })
        .where('id', '=', row.id)
        .execute()
      // The clerk joins the case's staff, so the existing case and document routes let them read the file.
      await tx
        .insertInto('case_staff')
        .values({ case_id: row.case_id, user_id: auth.userId, role: 'court_clerk', created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['case_id', 'user_id', 'role']).doNothing())
        .execute()
      await this.tellParties(
        tx,
        row,
        '法院已受理司法确认申请',
        `${row.court_name}已立案，案号 ${courtCaseNumber}。`,
        now,
      )
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'judicial.file',
        entityType: 'case',
        entityId: row.case_id,
        data: { applicationId: row.id, courtCaseNumber, decisionDueDate: due },
        ip,
      })
    })
  }

  /** CPL-Interp 354, 356: asks for more materials, optionally within a time limit (a China date after today). */
  async requestMaterials(auth: AuthContext, id: string, body: MaterialRequestBody, ip: string | null) {
    const { message } = body
    const dueDate = body.dueDate ?? null
    const problem = dueDate ? materialsDueDateProblem(dueDate, this.deps.clock.now()) : null
    if (problem) throw badRequest('MATERIALS_DUE_DATE_INVALID', problem, [{ field: 'dueDate', message: problem }])
    return this.transition(auth, id, ['filed', 'materials_requested'], async (tx, row, now) => {
      const requestId = newId()
      await tx
        .insertInto('judicial_material_requests')
        .values({
          id: requestId,
          application_id: row.id,
          message,
          requested_by: auth.userId,
          requested_at: now.toISOString(),
          file_ids: '[]',
          supplied_at: null,
          due_date: dueDate,
        })
        .execute()
      await tx
        .updateTable('judicial_applications')
        .set({ status: 'materials_requested', updated_at: now.toISOString() })
        .where('id', '=', row.id)
        .execute()
      await this.tellParties(tx, row, '法院要求补充材料', materialsNotice(message, dueDate), now)
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'judicial.request_materials',
        entityType: 'case',
        entityId: row.case_id,
        data: { applicationId: row.id, requestId, dueDate },
        ip,
      })
    })
  }

  async decide(auth: AuthContext, id: string, body: DecisionBody, ip: string | null) {
    if (body.outcome === 'rejected' && !body.reasons) {
      throw badRequest('DECISION_REASONS_REQUIRED', '驳回申请须写明理由', [{ field: 'reasons', message: '必填' }])
    }
    return this.transition(auth, id, ['filed'], async (tx, row, now) => {
      const content = parseJson<ApplicationContent | null>(row.content, null)!
      const pdf = await this.deps.render(
        rulingPdfModel({
          courtName: row.court_name,
          courtCaseNumber: row.court_case_number!,
          applicants: content.applicants.map((a) => ({ name: a.name, address: a.address })),
          committeeName: content.committeeName,
          agreementTitle: content.agreementTitle,
          agreementDate: content.agreementDate,
          filedDate: chinaDate(row.filed_at!),
          outcome: body.outcome,
          reasons: body.reasons ?? null,
          date: chinaDate(now),
        }),
      )
      const file = await storeGeneratedPdf(
        this.deps.storage,
        tx,
        { caseId: row.case_id, uploadedBy: auth.userId, kind: 'pdf', name: '民事裁定书.pdf' },
        pdf,
        now,
      )
      const confirmed = body.outcome === 'valid'
      await tx
        .updateTable('judicial_applications')
        .set({
          status: confirmed ? 'confirmed' : 'rejected',
          decided_at: now.toISOString(),
          decision_reasons: body.reasons ?? null,
          ruling_file_id: file.fileId,
          updated_at: now.toISOString(),
        })
        .where('id', '=', row.id)
        .execute()
      // Rejected: the agreement still binds (PML 31) and the parties may re-mediate or sue (PML 33).
      await tx
        .updateTable('cases')
        .set({ status: confirmed ? 'closed' : 'agreement_reached', updated_at: now.toISOString() })
        .where('id', '=', row.case_id)
        .execute()
      await this.deps.documents.serve(
        tx,
        {
          caseId: row.case_id,
          kind: 'ruling',
          title: '民事裁定书',
          sourceType: 'file',
          sourceId: file.fileId,
          sha256: file.sha256,
          servedBy: auth.userId,
        },
        now,
      )
      await this.tellParties(
        tx,
        row,
        confirmed ? '调解协议已获司法确认' : '司法确认申请被驳回',
        confirmed
          ? '法院裁定调解协议有效。一方不履行的，另一方可以向法院申请强制执行。'
          : `驳回理由：${body.reasons}。您可以通过调解变更原协议或达成新协议，也可以向人民法院起诉。`,
        now,
      )
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action: confirmed ? 'judicial.confirm' : 'judicial.reject',
        entityType: 'case',
        entityId: row.case_id,
        data: { applicationId: row.id, rulingFileId: file.fileId },
        ip,
      })
    })
  }
}
