import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/database'
import type { Clock } from '../../lib/clock'
import { renderPdf } from '../../documents/pdf/render-pdf'
import type { PdfDocumentModel } from '../../documents/pdf/pdf-document'
import type { AuditLog } from '../audit/audit-log'
import { Notifier } from '../notifications/notifier'
import type { OrganisationsRepo } from '../organisations/organisations-repo'
import { DocumentService } from '../service-of-documents/document-service'
import { ServiceAddresses } from '../service-of-documents/service-addresses'
import type { FileStorage } from '../storage/file-storage'
import { judicialSettingsFrom, type JudicialSettings } from './judicial-settings'

/** What the judicial, service and performance services share, built once per app. */
export interface JudicialDeps {
  database: Database
  audit: AuditLog
  clock: Clock
  storage: FileStorage
  organisations: OrganisationsRepo
  notifier: Notifier
  documents: DocumentService
  addresses: ServiceAddresses
  settings: JudicialSettings
  render: (model: PdfDocumentModel) => Promise<Buffer>
}

const built = new WeakMap<Database, JudicialDeps>()

export function judicialDeps(app: FastifyInstance): JudicialDeps {
  const existing = built.get(app.database)
  if (existing) return existing
  const { audit, clock, storage, organisations } = app.services
  const notifier = new Notifier(app.database, app.services.subscribeMessages, app.log)
  const deps: JudicialDeps = {
    database: app.database,
    audit,
    clock,
    storage,
    organisations,
    notifier,
    documents: new DocumentService(app.database, storage, audit, notifier, clock),
    addresses: new ServiceAddresses(app.database, audit, clock),
    settings: judicialSettingsFrom(app.config),
    render: renderPdf,
  }
  built.set(app.database, deps)
  return deps
}
