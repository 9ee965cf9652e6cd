import type { Db, DbTx } from '../../db/database'
import { recordPdfModel } from '../../domain/mediation-record/record-pdf'
import { RECORD_TITLE } from '../../domain/mediation-record/record-text'
import { loadServedPdf, storeGeneratedPdf } from '../service-of-documents/pdf-files'
import type { FileStorage } from '../storage/file-storage'
import type { RecordDeps } from './record-deps'
import { confirmationList, contentOf, headerOf, signatories } from './record-view'
import { RecordsRepo, type RecordRow } from './records-repo'

const repo = new RecordsRepo()

/** The PDF of a version: the one served once everyone confirmed, otherwise rendered with the confirmations so far. */
export async function recordPdf(deps: RecordDeps, db: Db, row: RecordRow): Promise<Buffer> {
  if (row.pdf_file_id) return loadServedPdf(deps.database, deps.storage, { type: 'file', id: row.pdf_file_id })
  return renderRecord(deps, db, row)
}

async function renderRecord(deps: RecordDeps, db: Db, row: RecordRow): Promise<Buffer> {
  const header = headerOf(row)
  const people = await signatories(db, row.case_id, header)
  const confirmations = confirmationList(people, await repo.confirmations(db, [row.id]))
  return deps.render(
    recordPdfModel({ header, content: contentOf(row), version: row.version, sha256: row.sha256, confirmations }),
  )
}

/**
 * Everyone confirmed the latest version: its PDF (with each confirmation time) is stored with the case files
 * and served to every party's inbox through the electronic-service module (OLR 31 receipt on opening).
 */
export async function serveConfirmedRecord(
  deps: RecordDeps,
  tx: DbTx,
  row: RecordRow,
  actorUserId: string,
  now: Date,
): Promise<void> {
  const pdf = await renderRecord(deps, tx, row)
  const header = headerOf(row)
  const file = await storeGeneratedPdf(
    deps.storage,
    tx,
    {
      caseId: row.case_id,
      uploadedBy: actorUserId,
      kind: 'pdf',
      name: `调解笔录-${header.caseNumber}-v${row.version}.pdf`,
    },
    pdf,
    now,
  )
  const stamp = now.toISOString()
  await tx
    .updateTable('mediation_records')
    .set({ all_confirmed_at: stamp, pdf_file_id: file.fileId, served_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await deps.documents.serve(
    tx,
    {
      caseId: row.case_id,
      kind: 'record',
      title: `${RECORD_TITLE}（第${row.version}版）`,
      sourceType: 'file',
      sourceId: file.fileId,
      sha256: file.sha256,
      servedBy: actorUserId,
    },
    now,
  )
  await deps.audit.append(tx, {
    actorUserId,
    action: 'mediation_record.serve',
    entityType: 'case',
    entityId: row.case_id,
    data: { version: row.version, fileId: file.fileId, sha256: file.sha256 },
    ip: null,
  })
}

/** The PDF of the latest record everyone confirmed, for the case bundle. */
export async function latestConfirmedRecordPdf(
  db: Db,
  storage: FileStorage,
  caseId: string,
): Promise<{ pdf: Buffer; name: string } | null> {
  const row = await db
    .selectFrom('mediation_records')
    .innerJoin('files', 'files.id', 'mediation_records.pdf_file_id')
    .select(['files.storage_key', 'files.original_name'])
    .where('mediation_records.case_id', '=', caseId)
    .orderBy('mediation_records.version', 'desc')
    .executeTakeFirst()
  if (!row) return null
  const object = await storage.get(row.storage_key)
  const chunks: Buffer[] = []
  for await (const chunk of object.stream) chunks.push(Buffer.from(chunk as Uint8Array))
  return { pdf: Buffer.concat(chunks), name: row.original_name ?? '调解笔录.pdf' }
}
