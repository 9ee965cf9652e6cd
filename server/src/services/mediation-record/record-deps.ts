import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/database'
import type { Clock } from '../../lib/clock'
import type { PdfDocumentModel } from '../../documents/pdf/pdf-document'
import type { AuditLog } from '../audit/audit-log'
import { judicialDeps } from '../judicial/judicial-deps'
import type { Notifier } from '../notifications/notifier'
import { caseWorkflow } from '../referrals/case-workflow'
import type { CaseOutcomes } from '../referrals/case-outcomes'
import type { DocumentService } from '../service-of-documents/document-service'
import type { FileStorage } from '../storage/file-storage'

/** What the record and outcome services use: the electronic-service module, PDF rendering, storage, outcomes. */
export interface RecordDeps {
  database: Database
  audit: AuditLog
  clock: Clock
  storage: FileStorage
  notifier: Notifier
  documents: DocumentService
  outcomes: CaseOutcomes
  render: (model: PdfDocumentModel) => Promise<Buffer>
}

export function recordDeps(app: FastifyInstance): RecordDeps {
  const judicial = judicialDeps(app)
  return {
    database: app.database,
    audit: app.services.audit,
    clock: app.services.clock,
    storage: judicial.storage,
    notifier: judicial.notifier,
    documents: judicial.documents,
    outcomes: caseWorkflow(app).outcomes,
    render: judicial.render,
  }
}
