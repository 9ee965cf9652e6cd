import type {
  AgreementComment,
  AgreementCommentBody,
  AgreementConfirmBody,
  AgreementVersion,
} from '@contract/agreements'
import type { Database } from '../../db/database'
import { badRequest, conflict, forbidden } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import type { AuthContext } from '../../plugins/app/auth'
import type { AuditLog } from '../audit/audit-log'
import type { SignableDocumentsRepo } from '../signing/documents-repo'
import { NO_AGREEMENT, readableAgreementCase } from './agreement-access'
import type { AgreementService } from './agreement-service'
import { toCommentView } from './agreement-view'
import { AgreementsRepo } from './agreements-repo'

/**
 * The parties' side of drafting: comments (and proposed wording) on a clause, and each party's confirmation of
 * the exact final text. When every party has confirmed the newest version, the signable document is confirmed
 * and signing opens on that version only (signing core).
 */
export class AgreementReview {
  private readonly repo = new AgreementsRepo()

  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly documents: SignableDocumentsRepo,
    private readonly drafting: AgreementService,
  ) {}

  private readableCase(auth: AuthContext, caseId: string) {
    return readableAgreementCase(this.database, auth, caseId)
  }

  async comment(
    auth: AuthContext,
    caseId: string,
    body: AgreementCommentBody,
    ip: string | null,
  ): Promise<AgreementComment> {
    await this.readableCase(auth, caseId)
    const now = this.clock.now()
    const id = await this.database.transaction(async (tx) => {
      const latest = await this.repo.find(tx, caseId)
      if (!latest) throw NO_AGREEMENT()
      if (!latest.clauses.some((c) => c.key === body.clauseKey)) {
        throw badRequest('AGREEMENT_CLAUSE_UNKNOWN', '评论的条款不存在，请刷新后重试', [
          { field: 'clauseKey', message: '条款不存在' },
        ])
      }
      const commentId = await this.repo.insertComment(
        tx,
        {
          caseId,
          documentRowId: latest.documentRowId,
          clauseKey: body.clauseKey,
          authorUserId: auth.userId,
          text: body.text,
          proposedText: body.proposedText ?? null,
        },
        now,
      )
      await this.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'agreement.comment',
        entityType: 'case',
        entityId: caseId,
        data: { commentId, version: latest.version, clauseKey: body.clauseKey, proposesChange: !!body.proposedText },
        ip,
      })
      return commentId
    })
    return (await this.comments(auth, caseId)).items.find((c) => c.id === id)!
  }

  async comments(auth: AuthContext, caseId: string): Promise<{ items: AgreementComment[] }> {
    await this.readableCase(auth, caseId)
    return { items: (await this.repo.comments(this.database.db, caseId)).map(toCommentView) }
  }

  /**
   * A party confirms the exact text they read (its SHA-256) of the newest version. The last party's
   * confirmation confirms the signable document: signing opens on that version only.
   */
  async confirm(
    auth: AuthContext,
    caseId: string,
    body: AgreementConfirmBody,
    ip: string | null,
  ): Promise<AgreementVersion> {
    const kase = await this.readableCase(auth, caseId)
    const mine = kase.parties.filter((p) => p.userId === auth.userId)
    if (!mine.length) throw forbidden('AGREEMENT_NOT_PARTY', '只有本案当事人可以确认协议文本')
    const now = this.clock.now()
    await this.database.transaction(async (tx) => {
      const latest = await this.repo.find(tx, caseId)
      if (!latest) throw NO_AGREEMENT()
      if (latest.version !== body.version) {
        throw conflict('DOCUMENT_VERSION_SUPERSEDED', `协议已更新到第 ${latest.version} 版，请阅读最新版本后再确认`)
      }
      if (latest.sha256 !== body.documentSha256) {
        throw conflict('DOCUMENT_TEXT_MISMATCH', '您看到的文本与当前版本不一致，请刷新后重新阅读')
      }
      // Row lock (a no-op update): concurrent confirmations queue here, so the last one sees all the others.
      await tx
        .updateTable('signable_documents')
        .set((eb) => ({ confirmed_at: eb.ref('confirmed_at') }))
        .where('id', '=', latest.documentRowId)
        .execute()
      for (const party of mine) {
        await this.repo.insertConfirmation(
          tx,
          { documentRowId: latest.documentRowId, partyId: party.id, userId: auth.userId, sha256: latest.sha256, ip },
          now,
        )
      }
      await this.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'agreement.party_confirm',
        entityType: 'case',
        entityId: caseId,
        data: { version: latest.version, sha256: latest.sha256, partyIds: mine.map((p) => p.id) },
        ip,
      })
      const confirmed = new Set((await this.repo.confirmations(tx, latest.documentRowId)).map((c) => c.party_id))
      if (latest.confirmedAt || kase.parties.some((p) => !confirmed.has(p.id))) return
      await this.documents.confirm(tx, latest.documentRowId, now)
      await this.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'agreement.confirmed',
        entityType: 'case',
        entityId: caseId,
        data: { version: latest.version, sha256: latest.sha256, documentRowId: latest.documentRowId },
        ip,
      })
    })
    return this.drafting.get(auth, caseId)
  }
}
