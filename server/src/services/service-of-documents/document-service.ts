import type { Inbox, ServeBody, ServedDocument, ServedKind } from '@contract/service'
import type { Database, DbTx } from '../../db/database'
import { badRequest, forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import type { AuditLog } from '../audit/audit-log'
import { caseRelation } from '../cases/case-access'
import type { Notice, Notifier } from '../notifications/notifier'
import { sharedCaseFile } from '../storage/caucus-files'
import type { FileStorage } from '../storage/file-storage'
import { notifyUsers, partyUsers } from './case-notices'
import { loadServedPdf } from './pdf-files'

export interface ServeInput {
  caseId: string
  kind: ServedKind
  title: string
  sourceType: 'sealed_document' | 'file'
  sourceId: string
  sha256: string
  servedBy: string | null
}

const SERVED_NOT_FOUND = () => notFound('SERVED_DOCUMENT_NOT_FOUND', '文书不存在或不是送达给您的')
const CASE_NOT_FOUND = () => notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')

/**
 * Electronic service (电子送达, CPL 90; OLR 29–31): each document reaches every party's in-app inbox, with the
 * time served and the time first opened as the receipt; staff of the case see the receipts.
 */
export class DocumentService {
  constructor(
    private readonly database: Database,
    private readonly storage: FileStorage,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /**
   * Serves one document to every party of the case, once per party (serving again is a no-op). Returns the
   * in-app notices written, which a caller may mirror to subscribe messages after its commit.
   */
  async serve(tx: DbTx, input: ServeInput, now: Date): Promise<Notice[]> {
    const parties = await partyUsers(tx, input.caseId)
    for (const party of parties) {
      await tx
        .insertInto('served_documents')
        .values({
          id: newId(),
          case_id: input.caseId,
          party_id: party.id,
          user_id: party.user_id,
          kind: input.kind,
          title: input.title,
          source_type: input.sourceType,
          source_id: input.sourceId,
          sha256: input.sha256,
          served_by: input.servedBy,
          served_at: now.toISOString(),
          opened_at: null,
        })
        .onConflict((oc) => oc.columns(['source_type', 'source_id', 'party_id']).doNothing())
        .execute()
    }
    const notices = await notifyUsers(
      this.notifier,
      tx,
      parties.map((p) => p.user_id),
      {
        kind: 'document_served',
        title: `您收到一份文书：${input.title}`,
        body: '请在送达箱中查看并下载。',
        caseId: input.caseId,
      },
      now,
    )
    await this.audit.append(tx, {
      actorUserId: input.servedBy,
      action: 'service.serve',
      entityType: 'case',
      entityId: input.caseId,
      data: { kind: input.kind, sourceType: input.sourceType, sourceId: input.sourceId, parties: parties.length },
      ip: null,
    })
    return notices
  }

  /** Staff serve the sealed agreement, or a PDF record or notice already uploaded to the case. */
  async serveByStaff(auth: AuthContext, caseId: string, body: ServeBody): Promise<{ served: number }> {
    const relation = await caseRelation(this.database, auth, caseId)
    if (!relation) throw CASE_NOT_FOUND()
    if (relation === 'applicant' || relation === 'respondent') {
      throw forbidden('SERVICE_STAFF_ONLY', '只有本案调解员或管理员可以送达文书')
    }
    const source = await this.resolveSource(caseId, body)
    await this.database.transaction((tx) =>
      this.serve(
        tx,
        { caseId, kind: body.kind, title: body.title, ...source, servedBy: auth.userId },
        this.clock.now(),
      ),
    )
    const { n } = await this.database.db
      .selectFrom('served_documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source_id', '=', source.sourceId)
      .executeTakeFirstOrThrow()
    return { served: Number(n) }
  }

  private async resolveSource(caseId: string, body: ServeBody) {
    if (body.kind === 'agreement') {
      if (!body.documentRowId) {
        throw badRequest('SERVE_SOURCE_REQUIRED', '请选择要送达的协议', [{ field: 'documentRowId', message: '必填' }])
      }
      const sealed = await this.database.db
        .selectFrom('sealed_documents')
        .select(['document_row_id', 'file_sha256'])
        .where('document_row_id', '=', body.documentRowId)
        .where('case_id', '=', caseId)
        .executeTakeFirst()
      if (!sealed) {
        throw badRequest('AGREEMENT_NOT_SEALED', '协议尚未签署完成，不能送达', [
          { field: 'documentRowId', message: '未找到已签章的协议' },
        ])
      }
      return { sourceType: 'sealed_document' as const, sourceId: sealed.document_row_id, sha256: sealed.file_sha256 }
    }
    if (!body.fileId)
      throw badRequest('SERVE_SOURCE_REQUIRED', '请选择要送达的文件', [{ field: 'fileId', message: '必填' }])
    const file = await this.database.db
      .selectFrom('files')
      .select(['id', 'sha256', 'content_type'])
      .where('id', '=', body.fileId)
      .where('case_id', '=', caseId)
      .where(sharedCaseFile) // a caucus (背靠背) file is never served to the parties
      .executeTakeFirst()
    if (!file || file.content_type !== 'application/pdf') {
      throw badRequest('SERVE_FILE_INVALID', '只能送达本案的 PDF 文书', [
        { field: 'fileId', message: '不是本案的 PDF 文件' },
      ])
    }
    return { sourceType: 'file' as const, sourceId: file.id, sha256: file.sha256 }
  }

  private async rows(filter: { userId?: string; caseId?: string; id?: string }) {
    let query = this.database.db
      .selectFrom('served_documents as s')
      .innerJoin('case_parties as p', 'p.id', 's.party_id')
      .leftJoin('service_addresses as a', (j) =>
        j.onRef('a.case_id', '=', 's.case_id').onRef('a.party_id', '=', 's.party_id'),
      )
      .select(['s.id', 's.case_id', 's.user_id', 's.kind', 's.title', 's.sha256', 's.served_at', 's.opened_at'])
      .select(['s.source_type', 's.source_id', 'p.name as party_name', 'a.confirmed_at as address_confirmed_at'])
    if (filter.userId) query = query.where('s.user_id', '=', filter.userId)
    if (filter.caseId) query = query.where('s.case_id', '=', filter.caseId)
    if (filter.id) query = query.where('s.id', '=', filter.id)
    return query.orderBy('s.served_at', 'desc').orderBy('s.id').execute()
  }

  private view(r: Awaited<ReturnType<DocumentService['rows']>>[number]): ServedDocument {
    const confirmed = !!r.address_confirmed_at && r.address_confirmed_at <= r.served_at
    return {
      id: r.id,
      caseId: r.case_id,
      partyName: r.party_name,
      kind: r.kind as ServedKind,
      title: r.title,
      sha256: r.sha256,
      servedAt: r.served_at,
      openedAt: r.opened_at,
      serviceCompletedAt: confirmed ? r.served_at : r.opened_at,
      addressConfirmed: !!r.address_confirmed_at,
    }
  }

  async inbox(auth: AuthContext): Promise<Inbox> {
    const items = (await this.rows({ userId: auth.userId })).map((r) => this.view(r))
    return { items, unopened: items.filter((i) => !i.openedAt).length }
  }

  /** Opening records the receipt the first time only; later opens keep the first time. */
  async open(auth: AuthContext, servedId: string): Promise<ServedDocument> {
    const [row] = await this.rows({ userId: auth.userId, id: servedId })
    if (!row) throw SERVED_NOT_FOUND()
    if (!row.opened_at) {
      const now = this.clock.now()
      await this.database.transaction(async (tx) => {
        const updated = await tx
          .updateTable('served_documents')
          .set({ opened_at: now.toISOString() })
          .where('id', '=', servedId)
          .where('opened_at', 'is', null)
          .executeTakeFirst()
        if (Number(updated.numUpdatedRows) === 0) return
        await this.audit.append(tx, {
          actorUserId: auth.userId,
          action: 'service.receipt',
          entityType: 'case',
          entityId: row.case_id,
          data: { servedId, kind: row.kind, sha256: row.sha256 },
          ip: null,
        })
      })
    }
    const [fresh] = await this.rows({ id: servedId })
    return this.view(fresh)
  }

  /** The PDF of a document served to this user (downloading counts as opening). */
  async pdf(auth: AuthContext, servedId: string): Promise<{ title: string; pdf: Buffer }> {
    const opened = await this.open(auth, servedId)
    const [row] = await this.rows({ id: servedId })
    return {
      title: opened.title,
      pdf: await loadServedPdf(this.database, this.storage, { type: row.source_type, id: row.source_id }),
    }
  }

  /** Every party's receipts for a case: staff and the committee's admins only. */
  async receipts(auth: AuthContext, caseId: string): Promise<{ items: ServedDocument[] }> {
    const relation = await caseRelation(this.database, auth, caseId)
    if (!relation) throw CASE_NOT_FOUND()
    if (relation === 'applicant' || relation === 'respondent') {
      throw forbidden('SERVICE_STAFF_ONLY', '只有本案工作人员可以查看送达回执')
    }
    return { items: (await this.rows({ caseId })).map((r) => this.view(r)) }
  }
}
