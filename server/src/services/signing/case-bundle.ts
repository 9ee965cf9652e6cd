import { canonicalJson } from '../../domain/signing/canonical-json'
import { sealMessage } from '../../domain/signing/ed25519'
import { sha256Hex } from '../../domain/signing/hashing'
import { writeTar, type TarEntry } from '../../domain/signing/tar'
import {
  BUNDLE_PATHS,
  type BundleAudit,
  type BundleFile,
  type BundleFileKind,
  type BundleManifest,
} from '../../domain/signing/bundle-manifest'
import type { Database } from '../../db/database'
import type { Clock } from '../../lib/clock'
import { notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import { caseRoomRole } from '../sessions/room-access'
import { caseFileVisibleTo } from '../storage/caucus-files'
import type { FileStorage } from '../storage/file-storage'
import { SignableDocumentsRepo } from './documents-repo'
import { latestConfirmedRecordPdf } from '../mediation-record/record-serving'
import type { ServerSigningKey } from './server-key'

const safeExt = (name: string | null) => /\.([A-Za-z0-9]{1,8})$/.exec(name ?? '')?.[1]?.toLowerCase() ?? 'bin'

/**
 * The case bundle (tar): sealed agreement and record PDFs, evidence files, the audit JSON, the public key and a
 * manifest of SHA-256 hashes sealed with the server key. Checked offline by scripts/verify-bundle.ts.
 */
export class CaseBundles {
  private readonly documents = new SignableDocumentsRepo()

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly key: ServerSigningKey,
    private readonly storage: FileStorage | null,
  ) {}

  async build(auth: AuthContext, caseId: string): Promise<{ fileName: string; tar: Buffer }> {
    if (!(await caseRelation(this.database, auth, caseId))) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    const db = this.database.db
    const kase = await db.selectFrom('cases').select(['case_number']).where('id', '=', caseId).executeTakeFirstOrThrow()
    const entries: TarEntry[] = []
    const files: BundleFile[] = []
    const add = (path: string, kind: BundleFileKind, data: Buffer, originalName: string | null = null) => {
      entries.push({ path, data })
      files.push({ path, kind, sha256: sha256Hex(data), size: data.length, originalName })
    }

    const sealed = await db
      .selectFrom('sealed_documents')
      .innerJoin('signable_documents', 'signable_documents.id', 'sealed_documents.document_row_id')
      .select(['signable_documents.kind', 'signable_documents.version', 'sealed_documents.pdf'])
      .where('sealed_documents.case_id', '=', caseId)
      .orderBy('signable_documents.version', 'desc')
      .execute()
    for (const kind of ['agreement', 'record'] as const) {
      const latest = sealed.find((s) => s.kind === kind)
      if (latest)
        add(kind === 'agreement' ? BUNDLE_PATHS.agreement : BUNDLE_PATHS.record, kind, Buffer.from(latest.pdf))
    }
    // The online-confirmed mediation record (调解笔录): not e-signed, so not a sealed 'record'; the sealed
    // manifest covers its bytes and the audit entries hold each confirmation of its text.
    if (this.storage) {
      const record = await latestConfirmedRecordPdf(db, this.storage, caseId)
      if (record) add('mediation-record/confirmed-record.pdf', 'evidence', record.pdf, record.name)
    }

    // The bundle is built for whoever asks (a party, the mediator, other case staff), so it holds only the
    // files that person may list: another party's caucus (背靠背) files stay out of a party's bundle.
    const memberUserId = (await caseRoomRole(this.database, auth, caseId)) ? auth.userId : null
    const evidence = await db
      .selectFrom('files')
      .selectAll()
      .where('case_id', '=', caseId)
      .where(caseFileVisibleTo(memberUserId))
      .orderBy('created_at')
      .execute()
    if (this.storage) {
      for (const [i, file] of evidence.entries()) {
        const object = await this.storage.get(file.storage_key)
        const chunks: Buffer[] = []
        for await (const chunk of object.stream) chunks.push(Buffer.from(chunk))
        const path = `evidence/${String(i + 1).padStart(3, '0')}-${file.id.slice(0, 8)}.${safeExt(file.original_name)}`
        add(path, 'evidence', Buffer.concat(chunks), file.original_name)
      }
    }

    const versions = await db.selectFrom('signable_documents').selectAll().where('case_id', '=', caseId).execute()
    const audit: BundleAudit = { signingChains: [], caseAuditEntries: [] }
    for (const v of versions) {
      const events = (await this.documents.events(db, v.id)).map((e) => e.event)
      if (!events.length) continue
      audit.signingChains.push({
        document: { documentId: v.document_id, documentVersion: v.version, documentSha256: v.sha256, title: v.title },
        events,
      })
    }
    audit.caseAuditEntries = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'case')
      .where('entity_id', '=', caseId)
      .orderBy('seq')
      .execute()
    add(BUNDLE_PATHS.audit, 'audit', Buffer.from(JSON.stringify(audit, null, 2), 'utf8'))
    add(BUNDLE_PATHS.publicKey, 'public_key', Buffer.from(this.key.publicKeyPem, 'utf8'))

    const now = this.clock.now()
    const manifest: BundleManifest = {
      format: 'tiaojie-bundle/1',
      caseId,
      caseNumber: kase.case_number,
      createdAt: now.toISOString(),
      keyFingerprint: this.key.fingerprint,
      files,
    }
    const manifestText = canonicalJson(manifest)
    entries.unshift(
      { path: BUNDLE_PATHS.manifest, data: Buffer.from(manifestText, 'utf8') },
      {
        path: BUNDLE_PATHS.manifestSeal,
        data: Buffer.from(sealMessage(this.key.privateKey, manifestText) + '\n', 'utf8'),
      },
    )
    return { fileName: `${kase.case_number}-bundle.tar`, tar: writeTar(entries, now) }
  }
}
