import { sha256Hex } from '../../domain/signing/hashing'
import type { StatusMatter } from '../../domain/signing/e-sign-exclusion'
import type { SigningEvent } from '../../domain/signing/signing-event'
import type { Db, DbTx } from '../../db/database'
import { newId } from '../../lib/ids'

export type SignableKind = 'agreement' | 'record'

export interface NewDocumentVersion {
  /** The logical document; omit to start a new one. */
  documentId?: string
  caseId: string
  kind: SignableKind
  title: string
  body: string
  statusMatters?: StatusMatter[]
  createdBy: string
}

export interface StoredEvent {
  event: SigningEvent
  image: Buffer
}

/**
 * Signable document versions: the minimal model agreement drafting builds on. Each version is immutable once
 * written; its SHA-256 is of the UTF-8 body, the exact text the parties confirm and sign.
 */
export class SignableDocumentsRepo {
  async createVersion(tx: DbTx, input: NewDocumentVersion, now: Date): Promise<{ id: string; version: number }> {
    const documentId = input.documentId ?? newId()
    const last = await tx
      .selectFrom('signable_documents')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('document_id', '=', documentId)
      .executeTakeFirst()
    const version = Number(last?.v ?? 0) + 1
    const id = newId()
    await tx
      .insertInto('signable_documents')
      .values({
        id,
        document_id: documentId,
        case_id: input.caseId,
        kind: input.kind,
        version,
        title: input.title,
        body: input.body,
        sha256: sha256Hex(Buffer.from(input.body, 'utf8')),
        status_matters: JSON.stringify(input.statusMatters ?? []),
        confirmed_at: null,
        effective_at: null,
        created_by: input.createdBy,
        created_at: now.toISOString(),
      })
      .execute()
    return { id, version }
  }

  /** Marks the text final (after every party confirmed it); signing opens on this version only. */
  async confirm(tx: DbTx, id: string, now: Date): Promise<void> {
    await tx.updateTable('signable_documents').set({ confirmed_at: now.toISOString() }).where('id', '=', id).execute()
  }

  find(db: Db | DbTx, id: string) {
    return db.selectFrom('signable_documents').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async latestVersion(db: Db | DbTx, documentId: string): Promise<number> {
    const row = await db
      .selectFrom('signable_documents')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('document_id', '=', documentId)
      .executeTakeFirst()
    return Number(row?.v ?? 0)
  }

  async events(db: Db | DbTx, documentRowId: string): Promise<StoredEvent[]> {
    const rows = await db
      .selectFrom('signing_events')
      .select(['event', 'signature_image'])
      .where('document_row_id', '=', documentRowId)
      .orderBy('seq', 'asc')
      .execute()
    return rows.map((r) => ({ event: JSON.parse(r.event) as SigningEvent, image: Buffer.from(r.signature_image) }))
  }
}
