import { courtReadableFileIds } from '../../domain/judicial/court-readable-files'
import { AppError, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import type { StoredObject } from '../storage/file-storage'
import { ApplicationsRepo } from './applications-repo'
import { clerkCourtId, courtApplication } from './court-access'
import type { JudicialDeps } from './judicial-deps'

const FILE_NOT_FOUND = () => notFound('FILE_NOT_FOUND', '文件不存在或不属于本申请')

export interface CourtFile {
  contentType: string
  originalName: string | null
  fileId: string
  sha256: string
  object: StoredObject
}

/**
 * What the clerks of the addressed court may read from submission on, before filing makes them case staff:
 * the application's own files and the sealed agreement — never the rest of the case.
 */
export class CourtFiles {
  private readonly repo = new ApplicationsRepo()

  constructor(private readonly deps: JudicialDeps) {}

  private async application(auth: AuthContext, applicationId: string) {
    const { db } = this.deps.database
    return courtApplication(this.repo, db, await clerkCourtId(db, auth), applicationId)
  }

  async open(auth: AuthContext, applicationId: string, fileId: string): Promise<CourtFile> {
    const row = await this.application(auth, applicationId)
    const view = await this.repo.view(this.deps.database.db, row, this.deps.clock.now())
    if (!courtReadableFileIds(view).has(fileId)) throw FILE_NOT_FOUND()
    const file = await this.deps.database.db
      .selectFrom('files')
      .select(['id', 'storage_key', 'content_type', 'original_name', 'sha256'])
      .where('id', '=', fileId)
      .where('case_id', '=', row.case_id)
      .executeTakeFirst()
    if (!file) throw FILE_NOT_FOUND()
    try {
      const object = await this.deps.storage.get(file.storage_key)
      return {
        contentType: file.content_type,
        originalName: file.original_name,
        fileId: file.id,
        sha256: file.sha256,
        object,
      }
    } catch (error) {
      if (error instanceof AppError && error.code === 'STORAGE_FILE_NOT_FOUND') throw FILE_NOT_FOUND()
      throw error
    }
  }

  /** The sealed agreement the application asks the court to confirm (its first attachment). */
  async agreementPdf(auth: AuthContext, applicationId: string): Promise<{ pdf: Buffer; fileName: string }> {
    const row = await this.application(auth, applicationId)
    const sealed = await this.deps.database.db
      .selectFrom('sealed_documents as s')
      .innerJoin('signable_documents as d', 'd.id', 's.document_row_id')
      .select(['s.pdf', 'd.title', 'd.version'])
      .where('s.document_row_id', '=', row.document_row_id)
      .executeTakeFirst()
    if (!sealed) throw notFound('AGREEMENT_PDF_NOT_FOUND', '调解协议的签章文本不存在')
    return { pdf: Buffer.from(sealed.pdf), fileName: `${sealed.title}-v${sealed.version}.pdf` }
  }
}
