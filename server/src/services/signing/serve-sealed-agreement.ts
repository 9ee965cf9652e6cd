import type { DbTx } from '../../db/database'
import type { Notice } from '../notifications/notifier'
import type { DocumentService } from '../service-of-documents/document-service'

/**
 * Electronic service of the agreement the moment it takes effect (CPL 90; OLR 29–31): the sealed PDF reaches
 * every party's inbox in the sealing transaction, so nobody has to serve it by hand. Serving is once per party
 * (a later manual serve is a no-op). An agreement signed on paper has no sealed PDF and is served on paper.
 * Returns the notices written, to mirror as subscribe messages after the commit.
 */
export async function serveSealedAgreement(
  tx: DbTx,
  documents: DocumentService,
  event: { caseId: string; documentRowId: string; now: Date },
): Promise<Notice[]> {
  const sealed = await tx
    .selectFrom('sealed_documents as s')
    .innerJoin('signable_documents as d', 'd.id', 's.document_row_id')
    .select(['s.document_row_id', 's.file_sha256', 'd.title'])
    .where('s.document_row_id', '=', event.documentRowId)
    .executeTakeFirst()
  if (!sealed) return []
  return documents.serve(
    tx,
    {
      caseId: event.caseId,
      kind: 'agreement',
      title: sealed.title,
      sourceType: 'sealed_document',
      sourceId: sealed.document_row_id,
      sha256: sealed.file_sha256,
      servedBy: null,
    },
    event.now,
  )
}
