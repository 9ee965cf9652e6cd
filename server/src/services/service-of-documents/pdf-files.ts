import type { Readable } from 'node:stream'
import type { Database, DbTx } from '../../db/database'
import { newId } from '../../lib/ids'
import { notFound } from '../../lib/app-error'
import type { FileStorage } from '../storage/file-storage'
import { newStorageKey } from '../storage/storage-keys'

/** Stores a generated PDF (application, ruling) and its files row; the row is written in the caller's transaction. */
export async function storeGeneratedPdf(
  storage: FileStorage,
  tx: DbTx,
  meta: { caseId: string; uploadedBy: string; kind: string; name: string },
  pdf: Buffer,
  now: Date,
): Promise<{ fileId: string; sha256: string }> {
  const key = newStorageKey('generated')
  const stored = await storage.put(key, pdf, { contentType: 'application/pdf', size: pdf.length })
  const fileId = newId()
  await tx
    .insertInto('files')
    .values({
      id: fileId,
      storage_key: stored.key,
      case_id: meta.caseId,
      uploaded_by: meta.uploadedBy,
      kind: meta.kind,
      content_type: 'application/pdf',
      size: stored.size,
      sha256: stored.sha256,
      original_name: meta.name,
      created_at: now.toISOString(),
    })
    .execute()
  return { fileId, sha256: stored.sha256 }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks)
}

/** The bytes of a served document: a sealed agreement (kept in the database) or a stored file. */
export async function loadServedPdf(
  database: Database,
  storage: FileStorage,
  source: { type: string; id: string },
): Promise<Buffer> {
  if (source.type === 'sealed_document') {
    const row = await database.db
      .selectFrom('sealed_documents')
      .select('pdf')
      .where('document_row_id', '=', source.id)
      .executeTakeFirst()
    if (!row) throw notFound('SERVED_FILE_MISSING', '文书文件不存在')
    return Buffer.from(row.pdf)
  }
  const file = await database.db
    .selectFrom('files')
    .select('storage_key')
    .where('id', '=', source.id)
    .executeTakeFirst()
  if (!file) throw notFound('SERVED_FILE_MISSING', '文书文件不存在')
  return readAll((await storage.get(file.storage_key)).stream)
}
