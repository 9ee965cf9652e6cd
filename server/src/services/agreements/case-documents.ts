import type { CaseDocumentList } from '@contract/agreements'
import type { Database } from '../../db/database'

/** Every signable version of a case, newest first, with its signing progress (for the signing page and staff). */
export async function listCaseDocuments(database: Database, caseId: string): Promise<CaseDocumentList> {
  const db = database.db
  const rows = await db
    .selectFrom('signable_documents as d')
    .leftJoin('sealed_documents as s', 's.document_row_id', 'd.id')
    .leftJoin('offline_signings as o', 'o.document_row_id', 'd.id')
    .select([
      'd.id',
      'd.document_id',
      'd.kind',
      'd.title',
      'd.version',
      'd.sha256',
      'd.confirmed_at',
      'd.effective_at',
      's.document_row_id as sealed_id',
      'o.document_row_id as offline_id',
      (eb) =>
        eb
          .selectFrom('signing_events as e')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('e.document_row_id', '=', 'd.id')
          .as('signatures'),
    ])
    .where('d.case_id', '=', caseId)
    .orderBy('d.kind')
    .orderBy('d.version', 'desc')
    .execute()
  const newest = new Map<string, number>()
  for (const r of rows) newest.set(r.document_id, Math.max(newest.get(r.document_id) ?? 0, r.version))
  return {
    items: rows.map((r) => ({
      documentRowId: r.id,
      documentId: r.document_id,
      kind: r.kind,
      title: r.title,
      version: r.version,
      latest: newest.get(r.document_id) === r.version,
      sha256: r.sha256,
      confirmedAt: r.confirmed_at,
      effectiveAt: r.effective_at,
      signatures: Number(r.signatures ?? 0),
      sealed: !!r.sealed_id,
      offlineRequired: !!r.offline_id,
    })),
  }
}
