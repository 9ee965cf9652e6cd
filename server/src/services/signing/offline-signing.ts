import { AppError, conflict } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { parseJson } from '../../lib/json'
import type { Database, DbTx } from '../../db/database'
import type { AuditLog } from '../audit/audit-log'
import { eSignExclusionMessage, findStatusMatters, type StatusMatter } from '../../domain/signing/e-sign-exclusion'

/** A step to run once the signing transaction has committed (e.g. mirroring its notices as subscribe messages). */
export type AfterCommit = () => Promise<void>

/**
 * What happens to the case when its agreement takes effect; runs in the signing transaction and may return a
 * step for after the commit.
 */
export type AgreementEffectHook = (
  tx: DbTx,
  event: { caseId: string; documentRowId: string; actorUserId: string; ip: string | null; now: Date },
) => Promise<AfterCommit | void>

interface DocumentRef {
  id: string
  kind: string
  case_id: string
  version: number
  body: string
  status_matters: string
}

/**
 * Electronic Signature Law art 3: documents on marriage, adoption or inheritance cannot be e-signed. The refusal
 * is recorded (offline signing required) so staff see it, and the mediator later records the paper signing.
 */
export class OfflineSigning {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly onAgreementEffective: AgreementEffectHook,
  ) {}

  /** Throws E_SIGNATURE_EXCLUDED (after recording the requirement once) when the document needs paper. */
  async refuseStatusMatters(actorUserId: string, doc: DocumentRef): Promise<void> {
    const flagged = parseJson<StatusMatter[]>(doc.status_matters, [])
    const matters = [...new Set([...flagged, ...findStatusMatters(doc.body).map((h) => h.matter)])]
    if (!matters.length) return
    const now = this.clock.now().toISOString()
    await this.database.transaction(async (tx) => {
      const inserted = await tx
        .insertInto('offline_signings')
        .values({
          document_row_id: doc.id,
          case_id: doc.case_id,
          matters: JSON.stringify(matters),
          required_at: now,
          signed_on_paper_at: null,
          recorded_by: null,
          note: null,
        })
        .onConflict((oc) => oc.column('document_row_id').doNothing())
        .executeTakeFirst()
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return
      await this.audit.append(tx, {
        actorUserId,
        action: 'signing.offline_required',
        entityType: 'case',
        entityId: doc.case_id,
        data: { documentRowId: doc.id, matters, basis: '电子签名法第三条' },
      })
    })
    throw new AppError(422, 'E_SIGNATURE_EXCLUDED', eSignExclusionMessage(matters), [
      { field: 'documentRowId', message: '该文书须线下签署纸质协议' },
    ])
  }

  async recordPaperSigning(actorUserId: string, doc: DocumentRef, note: string, ip: string | null): Promise<void> {
    const now = this.clock.now().toISOString()
    // Set inside the transaction callback, run once it has committed.
    const after: { commit?: AfterCommit | void } = {}
    await this.database.transaction(async (tx) => {
      const updated = await tx
        .updateTable('offline_signings')
        .set({ signed_on_paper_at: now, recorded_by: actorUserId, note })
        .where('document_row_id', '=', doc.id)
        .where('signed_on_paper_at', 'is', null)
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) !== 1) {
        throw conflict('OFFLINE_SIGNING_NOT_REQUIRED', '该文书不需要线下签署，或已登记过线下签署')
      }
      // The paper agreement takes effect when signed and sealed on paper (PML 29 ¶2); we record that date.
      await tx.updateTable('signable_documents').set({ effective_at: now }).where('id', '=', doc.id).execute()
      await this.audit.append(tx, {
        actorUserId,
        action: 'signing.paper_signed',
        entityType: 'case',
        entityId: doc.case_id,
        data: { documentRowId: doc.id, version: doc.version, note },
        ip,
      })
      if (doc.kind === 'agreement') {
        after.commit = await this.onAgreementEffective(tx, {
          caseId: doc.case_id,
          documentRowId: doc.id,
          actorUserId,
          ip,
          now: new Date(now),
        })
      }
    })
    if (after.commit) await after.commit()
  }
}
