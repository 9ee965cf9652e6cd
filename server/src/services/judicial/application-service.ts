import type { ApplicationBody, JudicialApplication, Readiness, ReadinessCheck } from '@contract/judicial'
import { applicationPdfModel } from '../../domain/judicial/application-pdf'
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import { notifyUsers } from '../service-of-documents/case-notices'
import { storeGeneratedPdf } from '../service-of-documents/pdf-files'
import type { DbTx } from '../../db/database'
import { buildApplicationContent } from './application-content'
import { ApplicationsRepo, type ApplicationRow } from './applications-repo'
import type { JudicialDeps } from './judicial-deps'
import { ReadinessService } from './readiness-service'

const CASE_NOT_FOUND = () => notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
const NO_APPLICATION = () => notFound('JUDICIAL_APPLICATION_NOT_FOUND', '本案尚未提出司法确认申请')

/**
 * The parties' side of judicial confirmation: the readiness check, the joint application (prepared by a party
 * or the mediator, confirmed by every party) and its submission to the chosen court's queue.
 */
export class ApplicationService {
  private readonly repo = new ApplicationsRepo()
  readonly readiness: ReadinessService

  constructor(private readonly deps: JudicialDeps) {
    this.readiness = new ReadinessService(deps.database, deps.organisations)
  }

  private async relation(auth: AuthContext, caseId: string) {
    const relation = await caseRelation(this.deps.database, auth, caseId)
    if (!relation) throw CASE_NOT_FOUND()
    return relation
  }

  async check(auth: AuthContext, caseId: string, invitingCourtId?: string): Promise<Readiness> {
    await this.relation(auth, caseId)
    const { checks, courts, canPrepare } = await this.readiness.check(caseId, this.deps.clock.now(), {
      invitingCourtId,
    })
    return { checks, courts, canPrepare }
  }

  async create(auth: AuthContext, caseId: string, body: ApplicationBody, ip: string | null) {
    const relation = await this.relation(auth, caseId)
    if (relation === 'committee_admin') throw forbidden('JUDICIAL_NOT_ALLOWED', '司法确认申请由当事人或本案调解员准备')
    const now = this.deps.clock.now()
    const ready = await this.readiness.check(caseId, now, {
      invitingCourtId: body.invitingCourtId,
      domicileRegionCodes: body.parties.flatMap((p) => (p.domicileRegionCode ? [p.domicileRegionCode] : [])),
    })
    if (!ready.canPrepare || !ready.agreement) {
      throw new AppError(
        409,
        'JUDICIAL_NOT_READY',
        '暂不符合申请司法确认的条件',
        ready.checks.filter((c) => c.status === 'fail').map((c) => ({ field: c.code, message: c.message })),
      )
    }
    const court = ready.courts.find((c) => c.courtId === body.courtId)
    if (!court) {
      throw badRequest('COURT_NOT_COMPETENT', '所选法院对本案没有管辖权', [
        { field: 'courtId', message: `可选：${ready.courts.map((c) => c.name).join('、')}` },
      ])
    }
    const agreement = ready.agreement
    const id = await this.deps.database.transaction(async (tx) => {
      if (await this.repo.live(tx, caseId)) throw conflict('JUDICIAL_APPLICATION_EXISTS', '本案已有司法确认申请')
      const content = await buildApplicationContent(tx, { caseId, body, agreement, courtName: court.name, now })
      const pdf = await this.deps.render(applicationPdfModel(content))
      const file = await storeGeneratedPdf(
        this.deps.storage,
        tx,
        { caseId, uploadedBy: auth.userId, kind: 'pdf', name: '司法确认申请书.pdf' },
        pdf,
        now,
      )
      const applicationId = newId()
      await tx
        .insertInto('judicial_applications')
        .values({
          id: applicationId,
          case_id: caseId,
          document_row_id: agreement.documentRowId,
          court_id: court.courtId,
          court_bases: JSON.stringify(court.bases),
          status: 'awaiting_parties',
          content: JSON.stringify(content),
          application_file_id: file.fileId,
          court_case_number: null,
          submitted_at: null,
          filed_at: null,
          decision_due_at: null,
          decided_at: null,
          decision_reasons: null,
          ruling_file_id: null,
          created_by: auth.userId,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute()
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'judicial.prepare',
        entityType: 'case',
        entityId: caseId,
        data: { applicationId, courtId: court.courtId, bases: court.bases, agreement: agreement.documentRowId },
        ip,
      })
      return applicationId
    })
    return this.view(id)
  }

  async get(auth: AuthContext, caseId: string): Promise<JudicialApplication> {
    await this.relation(auth, caseId)
    const row = (await this.repo.rows(this.deps.database.db, { caseId }))[0]
    if (!row) throw NO_APPLICATION()
    return this.repo.view(this.deps.database.db, row, this.deps.clock.now())
  }

  async view(id: string): Promise<JudicialApplication> {
    const row = await this.repo.find(this.deps.database.db, id)
    if (!row) throw NO_APPLICATION()
    return this.repo.view(this.deps.database.db, row, this.deps.clock.now())
  }

  /** A party confirms the joint application; the last confirmation submits it to the court (still in time). */
  async confirm(auth: AuthContext, caseId: string, ip: string | null): Promise<JudicialApplication> {
    await this.relation(auth, caseId)
    const { database, clock, audit } = this.deps
    const now = clock.now()
    // Read before the transaction (SQLite has one connection): the effective date cannot change meanwhile.
    const window = (await this.readiness.check(caseId, now)).checks.find((c) => c.code === 'WITHIN_30_DAYS')!
    const id = await database.transaction(async (tx) => {
      const row = await this.repo.live(tx, caseId)
      if (!row) throw NO_APPLICATION()
      if (row.status !== 'awaiting_parties') throw conflict('JUDICIAL_ALREADY_SUBMITTED', '申请已提交法院')
      const parties = await tx
        .selectFrom('case_parties')
        .select(['id', 'user_id'])
        .where('case_id', '=', caseId)
        .execute()
      const mine = parties.filter((p) => p.user_id === auth.userId)
      if (!mine.length) throw forbidden('JUDICIAL_NOT_PARTY', '只有本案当事人可以确认申请书')
      // Serialises concurrent confirmations: the last one sees all the others.
      await tx
        .updateTable('judicial_applications')
        .set({ updated_at: now.toISOString() })
        .where('id', '=', row.id)
        .execute()
      for (const party of mine) {
        await tx
          .insertInto('judicial_confirmations')
          .values({ application_id: row.id, party_id: party.id, user_id: auth.userId, confirmed_at: now.toISOString() })
          .onConflict((oc) => oc.columns(['application_id', 'party_id']).doNothing())
          .execute()
      }
      await audit.append(tx, {
        actorUserId: auth.userId,
        action: 'judicial.party_confirm',
        entityType: 'case',
        entityId: caseId,
        data: { applicationId: row.id, partyIds: mine.map((p) => p.id) },
        ip,
      })
      const confirmed = await tx
        .selectFrom('judicial_confirmations')
        .select('party_id')
        .where('application_id', '=', row.id)
        .execute()
      if (confirmed.length < parties.length) return row.id
      await this.submit(tx, row, window, auth.userId, now, ip)
      return row.id
    })
    return this.view(id)
  }

  private async submit(
    tx: DbTx,
    row: ApplicationRow,
    window: ReadinessCheck,
    actor: string,
    now: Date,
    ip: string | null,
  ) {
    if (window.status !== 'pass') {
      throw new AppError(409, 'JUDICIAL_WINDOW_EXPIRED', '已超过协议生效之日起三十日的申请期限', [
        { field: 'WITHIN_30_DAYS', message: window.message },
      ])
    }
    await tx
      .updateTable('judicial_applications')
      .set({ status: 'submitted', submitted_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute()
    await tx
      .updateTable('cases')
      .set({ status: 'judicial_confirmation', updated_at: now.toISOString() })
      .where('id', '=', row.case_id)
      .execute()
    const file = await tx
      .selectFrom('files')
      .select('sha256')
      .where('id', '=', row.application_file_id!)
      .executeTakeFirstOrThrow()
    await this.deps.documents.serve(
      tx,
      {
        caseId: row.case_id,
        kind: 'application',
        title: '司法确认申请书',
        sourceType: 'file',
        sourceId: row.application_file_id!,
        sha256: file.sha256,
        servedBy: actor,
      },
      now,
    )
    const clerks = await tx
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select('users.id')
      .where('users.organisation_id', '=', row.court_id)
      .where('user_roles.role', '=', 'court_clerk')
      .execute()
    await notifyUsers(
      this.deps.notifier,
      tx,
      clerks.map((c) => c.id),
      {
        kind: 'judicial_update',
        title: '新的司法确认申请',
        body: `案件 ${row.case_number} 已提交申请，请审查立案。`,
        caseId: row.case_id,
      },
      now,
    )
    await this.deps.audit.append(tx, {
      actorUserId: actor,
      action: 'judicial.submit',
      entityType: 'case',
      entityId: row.case_id,
      data: { applicationId: row.id, courtId: row.court_id },
      ip,
    })
  }
}
