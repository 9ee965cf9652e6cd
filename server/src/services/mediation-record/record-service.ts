import type {
  ConfirmRecordBody,
  MediationRecord,
  RecordContent,
  RecordVersionList,
  SaveRecordBody,
} from '@contract/mediation-record'
import { generateRecord, recordHeader } from '../../domain/mediation-record/generate-record'
import { recordText } from '../../domain/mediation-record/record-text'
import { contentProblems } from '../../domain/mediation-record/validate-content'
import { badRequest, conflict, forbidden, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import type { Notice } from '../notifications/notifier'
import { isUniqueViolation } from '../signing/retry-on-race'
import { caseEvidenceFiles, loadRecordSources } from './load-sources'
import { recordReader, requireCaseMediator, type RecordReader } from './record-access'
import type { RecordDeps } from './record-deps'
import { recordPdf, serveConfirmedRecord } from './record-serving'
import { headerOf, recordView, signatories } from './record-view'
import { RecordsRepo, type RecordRow } from './records-repo'

const RECORD_NOT_FOUND = () => notFound('RECORD_NOT_FOUND', '本案尚未制作调解笔录')
const STALE = () => conflict('RECORD_VERSION_STALE', '调解笔录已有更新的版本，请刷新后阅读最新版本再确认或修改')

/**
 * The mediation record (调解笔录, PML 27; OMR 22): the mediator generates it from the case, the session and the
 * fact sheet and edits it as new versions; every party and the mediator confirm the latest version online;
 * when all have confirmed, its PDF is served to each party's inbox.
 */
export class RecordService {
  private readonly repo = new RecordsRepo()

  constructor(private readonly deps: RecordDeps) {}

  async generate(auth: AuthContext, caseId: string, ip: string | null): Promise<MediationRecord> {
    await requireCaseMediator(this.deps.database, auth, caseId)
    return this.writeVersion(auth, caseId, ip, 'mediation_record.generate', null)
  }

  async save(auth: AuthContext, caseId: string, body: SaveRecordBody, ip: string | null): Promise<MediationRecord> {
    await requireCaseMediator(this.deps.database, auth, caseId)
    const db = this.deps.database.db
    const latest = await this.repo.latest(db, caseId)
    if (!latest) throw RECORD_NOT_FOUND()
    if (latest.version !== body.baseVersion) throw STALE()
    const parties = await db.selectFrom('case_parties').select('id').where('case_id', '=', caseId).execute()
    const files = await caseEvidenceFiles(db, caseId)
    const problems = contentProblems(
      body.content,
      parties.map((p) => p.id),
      files.map((f) => f.id),
    )
    if (problems.length) {
      throw badRequest(
        problems[0].code,
        problems[0].message,
        problems.map((p) => ({ field: p.field, message: p.message })),
      )
    }
    return this.writeVersion(auth, caseId, ip, 'mediation_record.edit', { content: body.content, base: latest })
  }

  /**
   * Writes a new version (header refreshed from the case, so identity results are current). Confirmations of
   * earlier versions no longer count: the parties are asked to read and confirm again.
   */
  private async writeVersion(
    auth: AuthContext,
    caseId: string,
    ip: string | null,
    action: string,
    edit: { content: RecordContent; base: RecordRow } | null,
  ): Promise<MediationRecord> {
    const now = this.deps.clock.now()
    const notices: Notice[] = []
    // Two first versions written at once race on (case, version): the loser is told, as for a stale edit.
    await this.deps.database
      .transaction(async (tx) => {
        await this.repo.lock(tx, caseId)
        const sources = await loadRecordSources(tx, caseId, auth.userId, now)
        if (edit) {
          const current = await this.repo.latest(tx, caseId)
          if (current?.version !== edit.base.version) throw STALE()
        }
        const generated = generateRecord(sources)
        const header = edit ? recordHeader(sources) : generated.header
        const content = edit ? edit.content : generated.content
        const previous = await this.repo.latest(tx, caseId)
        const lapsed = previous ? (await this.repo.confirmations(tx, [previous.id])).length : 0
        const version = await this.repo.insertVersion(
          tx,
          { caseId, header, content, body: recordText(header, content), createdBy: auth.userId },
          now,
        )
        await this.deps.audit.append(tx, {
          actorUserId: auth.userId,
          action,
          entityType: 'case',
          entityId: caseId,
          data: { version, lapsedConfirmations: lapsed },
          ip,
        })
        const title = lapsed ? '调解笔录已修改，请重新确认' : '调解笔录待您确认'
        const body = lapsed
          ? `案件${sources.case.caseNumber}的调解笔录已修改为第${version}版，您此前的确认不再适用，请阅读修改后的笔录并重新确认。`
          : `案件${sources.case.caseNumber}的调解笔录（第${version}版）已制作，请阅读核对后在线确认。`
        for (const party of sources.parties) {
          if (party.userId) notices.push({ userId: party.userId, kind: 'record_confirmation', title, body, caseId })
        }
        await this.deps.notifier.add(tx, notices, now)
      })
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? STALE() : err
      })
    await this.deps.notifier.push(notices)
    return this.latest(auth, caseId)
  }

  async latest(auth: AuthContext, caseId: string): Promise<MediationRecord> {
    const reader = await recordReader(this.deps.database, auth, caseId)
    const row = await this.repo.latest(this.deps.database.db, caseId)
    if (!row) throw RECORD_NOT_FOUND()
    return this.view(row, row.version, reader, auth.userId)
  }

  async version(auth: AuthContext, caseId: string, version: number): Promise<MediationRecord> {
    const reader = await recordReader(this.deps.database, auth, caseId)
    const db = this.deps.database.db
    const row = await this.repo.version(db, caseId, version)
    if (!row) throw notFound('RECORD_VERSION_NOT_FOUND', '该版本的调解笔录不存在')
    const latest = await this.repo.latest(db, caseId)
    return this.view(row, latest!.version, reader, auth.userId)
  }

  async versions(auth: AuthContext, caseId: string): Promise<RecordVersionList> {
    await recordReader(this.deps.database, auth, caseId)
    const db = this.deps.database.db
    const rows = await this.repo.list(db, caseId)
    const confirmations = await this.repo.confirmations(
      db,
      rows.map((r) => r.id),
    )
    return {
      items: rows.map((r) => ({
        version: r.version,
        sha256: r.sha256,
        createdAt: r.created_at,
        createdBy: r.real_name ?? r.display_name ?? '',
        confirmedCount: confirmations.filter((c) => c.record_id === r.id).length,
        allConfirmedAt: r.all_confirmed_at,
      })),
    }
  }

  /**
   * A party or a mediator named in the record confirms the version they read. Only the latest version can be
   * confirmed (409 RECORD_VERSION_STALE), and only the exact text (the hash). The last confirmation serves it.
   */
  async confirm(auth: AuthContext, caseId: string, body: ConfirmRecordBody, ip: string | null) {
    const reader = await recordReader(this.deps.database, auth, caseId)
    if (reader.kind === 'committee_admin') {
      throw forbidden('RECORD_CONFIRM_FORBIDDEN', '调解笔录由当事人和调解员确认')
    }
    const now = this.deps.clock.now()
    await this.deps.database.transaction(async (tx) => {
      await this.repo.lock(tx, caseId)
      const row = await this.repo.latest(tx, caseId)
      if (!row) throw RECORD_NOT_FOUND()
      if (row.version !== body.version) throw STALE()
      if (row.sha256 !== body.sha256) {
        throw conflict('RECORD_TEXT_MISMATCH', '您阅读的笔录与当前版本不一致，请刷新后重新阅读')
      }
      const people = await signatories(tx, caseId, headerOf(row))
      const me = people.find((p) => (reader.kind === 'party' ? p.partyId === reader.partyId : p.userId === auth.userId))
      if (!me) throw forbidden('RECORD_NOT_A_SIGNATORY', '您不是本版调解笔录所列的调解员，请先重新生成笔录')
      const existing = await this.repo.confirmations(tx, [row.id])
      if (existing.some((c) => c.user_id === auth.userId)) return
      await tx
        .insertInto('mediation_record_confirmations')
        .values({
          record_id: row.id,
          user_id: auth.userId,
          role: me.role,
          party_id: me.partyId,
          sha256: row.sha256,
          ip,
          confirmed_at: now.toISOString(),
        })
        .execute()
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'mediation_record.confirm',
        entityType: 'case',
        entityId: caseId,
        data: { version: row.version, sha256: row.sha256, role: me.role, partyId: me.partyId },
        ip,
      })
      const confirmed = existing.length + 1
      if (confirmed >= people.length && people.every((p) => p.userId !== null)) {
        await serveConfirmedRecord(this.deps, tx, row, auth.userId, now)
      }
    })
    return this.latest(auth, caseId)
  }

  async pdf(auth: AuthContext, caseId: string, version?: number): Promise<{ fileName: string; pdf: Buffer }> {
    await recordReader(this.deps.database, auth, caseId)
    const db = this.deps.database.db
    const row = version ? await this.repo.version(db, caseId, version) : await this.repo.latest(db, caseId)
    if (!row) throw version ? notFound('RECORD_VERSION_NOT_FOUND', '该版本的调解笔录不存在') : RECORD_NOT_FOUND()
    const header = headerOf(row)
    const fileName = `调解笔录-${header.caseNumber}-v${row.version}.pdf`
    return { fileName, pdf: await recordPdf(this.deps, db, row) }
  }

  private async view(row: RecordRow, latestVersion: number, reader: RecordReader, userId: string) {
    const db = this.deps.database.db
    const people = await signatories(db, row.case_id, headerOf(row))
    const rows = await this.repo.confirmations(db, [row.id])
    const author = await db
      .selectFrom('users')
      .select(['display_name', 'real_name'])
      .where('id', '=', row.created_by)
      .executeTakeFirst()
    return recordView(row, latestVersion, people, rows, reader, userId, author?.real_name ?? author?.display_name ?? '')
  }
}
