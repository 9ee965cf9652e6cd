import type { AgreementContent, AgreementDiff, AgreementTemplate, AgreementVersion } from '@contract/agreements'
import type { Database, DbTx } from '../../db/database'
import { AppError, conflict, forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import type { AuthContext } from '../../plugins/app/auth'
import type { AuditLog } from '../audit/audit-log'
import type { SignableDocumentsRepo } from '../signing/documents-repo'
import { isUniqueViolation } from '../signing/retry-on-race'
import { mayActAs } from '../signing/signing-participants'
import type { StatusMatter } from '../../domain/signing/e-sign-exclusion'
import { findStatusMatters } from '../../domain/signing/e-sign-exclusion'
import { confirmationChecks } from '../../domain/agreement/confirmation-checks'
import { renderAgreement } from '../../domain/agreement/render-agreement'
import { suggestedContent, templateFor } from '../../domain/agreement/templates'
import { diffAgreements } from '../../domain/agreement/text-diff'
import { contentErrors } from '../../domain/agreement/validate-content'
import { AgreementsRepo, type CaseForAgreement, type StoredAgreementVersion } from './agreements-repo'
import { NO_AGREEMENT, readableAgreementCase } from './agreement-access'
import { toAgreementView } from './agreement-view'

/** The drafting date in China, for "due date already passed" checks. */
const chinaToday = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

/**
 * Agreement drafting (issue 6): the mediator drafts from the template and edits; every edit is a new signable
 * version (signing core) with its rendered clauses and confirmation-readiness flags. Reading, versions, diff.
 * The parties' side (comments, confirmation) is AgreementReview.
 */
export class AgreementService {
  private readonly repo = new AgreementsRepo()

  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly documents: SignableDocumentsRepo,
  ) {}

  async template(auth: AuthContext, caseId: string): Promise<AgreementTemplate> {
    const kase = await this.readableCase(auth, caseId)
    return {
      disputeType: kase.disputeType,
      disputeName: templateFor(kase.disputeType).disputeName,
      parties: kase.parties.map((p) => ({ partyId: p.id, role: p.role, name: p.name })),
      suggested: suggestedContent(kase.disputeType, kase.parties, kase.narrative, kase.facts),
    }
  }

  async get(auth: AuthContext, caseId: string, version?: number): Promise<AgreementVersion> {
    const kase = await this.readableCase(auth, caseId)
    const stored = await this.repo.find(this.database.db, caseId, version)
    if (!stored) throw version === undefined ? NO_AGREEMENT() : notFound('AGREEMENT_VERSION_NOT_FOUND', '该版本不存在')
    return this.view(kase, stored)
  }

  async versions(auth: AuthContext, caseId: string) {
    await this.readableCase(auth, caseId)
    return { items: await this.repo.list(this.database.db, caseId) }
  }

  async diff(auth: AuthContext, caseId: string, from: number, to: number): Promise<AgreementDiff> {
    await this.readableCase(auth, caseId)
    const [a, b] = await Promise.all([
      this.repo.find(this.database.db, caseId, from),
      this.repo.find(this.database.db, caseId, to),
    ])
    if (!a || !b) throw notFound('AGREEMENT_VERSION_NOT_FOUND', '要比较的版本不存在')
    return diffAgreements(a, b)
  }

  /** First draft (POST). */
  async draft(
    auth: AuthContext,
    caseId: string,
    content: AgreementContent,
    ip: string | null,
  ): Promise<AgreementVersion> {
    const kase = await this.mediatorCase(auth, caseId)
    return this.writeVersion(auth, kase, content, ip, async (tx) => {
      if (await this.repo.find(tx, caseId)) throw conflict('AGREEMENT_EXISTS', '本案已有协议草稿，请在现有草稿上修改')
      return undefined
    })
  }

  /** An edit (PUT): a new version on top of `baseVersion`, which must still be the newest. */
  async edit(
    auth: AuthContext,
    caseId: string,
    content: AgreementContent,
    baseVersion: number,
    ip: string | null,
  ): Promise<AgreementVersion> {
    const kase = await this.mediatorCase(auth, caseId)
    return this.writeVersion(auth, kase, content, ip, async (tx) => {
      const latest = await this.repo.find(tx, caseId)
      if (!latest) throw NO_AGREEMENT()
      if (latest.version !== baseVersion) {
        throw conflict('AGREEMENT_VERSION_CONFLICT', `协议已更新到第 ${latest.version} 版，请在最新版本上修改`)
      }
      if (latest.effectiveAt) throw conflict('AGREEMENT_EFFECTIVE', '协议已签署生效，不能再修改')
      return latest
    })
  }

  private async writeVersion(
    auth: AuthContext,
    kase: CaseForAgreement,
    content: AgreementContent,
    ip: string | null,
    precheck: (tx: DbTx) => Promise<StoredAgreementVersion | undefined>,
  ): Promise<AgreementVersion> {
    const errors = contentErrors(
      content,
      kase.parties.map((p) => p.id),
    )
    if (errors.length) {
      throw new AppError(
        400,
        errors[0].code,
        `协议内容有误：${errors[0].message}`,
        errors.map(({ field, message }) => ({ field, message })),
      )
    }
    const now = this.clock.now()
    const rendered = renderAgreement(kase, content)
    const flags = confirmationChecks(content, rendered.clauses, chinaToday(now))
    const statusMatters = [
      ...new Set<StatusMatter>([
        ...(content.statusMatters ?? []),
        ...findStatusMatters(rendered.body).map((h) => h.matter),
      ]),
    ]
    await this.database
      .transaction(async (tx) => {
        const base = await precheck(tx)
        if (base && base.body === rendered.body && JSON.stringify(base.content) === JSON.stringify(content)) {
          throw conflict('AGREEMENT_UNCHANGED', '协议内容没有变化')
        }
        const created = await this.documents.createVersion(
          tx,
          {
            documentId: base?.documentId,
            caseId: kase.caseId,
            kind: 'agreement',
            title: rendered.title,
            body: rendered.body,
            statusMatters,
            createdBy: auth.userId,
          },
          now,
        )
        await this.repo.insertVersion(
          tx,
          {
            documentRowId: created.id,
            caseId: kase.caseId,
            version: created.version,
            content,
            clauses: rendered.clauses,
            flags,
          },
          now,
        )
        await this.audit.append(tx, {
          actorUserId: auth.userId,
          action: base ? 'agreement.edit' : 'agreement.draft',
          entityType: 'case',
          entityId: kase.caseId,
          data: {
            version: created.version,
            documentRowId: created.id,
            blockingFlags: flags.filter((f) => f.severity === 'blocking').map((f) => f.code),
          },
          ip,
        })
      })
      .catch((err: unknown) => {
        // Two writers on the same base: the unique version number lets one win; the other is told to reload.
        if (isUniqueViolation(err))
          throw conflict('AGREEMENT_VERSION_CONFLICT', '协议刚被他人修改，请刷新后在最新版本上修改')
        throw err
      })
    return this.get(auth, kase.caseId)
  }

  private async view(kase: CaseForAgreement, stored: StoredAgreementVersion): Promise<AgreementVersion> {
    const latest = await this.documents.latestVersion(this.database.db, stored.documentId)
    const confirmations = await this.repo.confirmations(this.database.db, stored.documentRowId)
    return toAgreementView(kase, stored, confirmations, latest === stored.version)
  }

  private readableCase(auth: AuthContext, caseId: string): Promise<CaseForAgreement> {
    return readableAgreementCase(this.database, auth, caseId)
  }

  private async mediatorCase(auth: AuthContext, caseId: string): Promise<CaseForAgreement> {
    const kase = await this.readableCase(auth, caseId)
    if (!(await mayActAs(this.database, auth, caseId, 'mediator')).allowed) {
      throw forbidden('AGREEMENT_MEDIATOR_ONLY', '只有本案调解员可以起草和修改调解协议')
    }
    return kase
  }
}
