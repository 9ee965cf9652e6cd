import type { SigningEvent } from './signing-event'
import type { ChainSubject } from './verify-chain'

export type BundleFileKind = 'agreement' | 'record' | 'evidence' | 'audit' | 'public_key'

export interface BundleFile {
  path: string
  kind: BundleFileKind
  sha256: string
  size: number
  /** The uploader's file name for evidence (tar names are ASCII-only). */
  originalName: string | null
}

/** manifest.json: the SHA-256 of every file in the bundle, sealed in manifest.sig. */
export interface BundleManifest {
  format: 'tiaojie-bundle/1'
  caseId: string
  caseNumber: string
  createdAt: string
  keyFingerprint: string
  files: BundleFile[]
}

/** A row of the platform-wide audit log, as stored (its hash covers every member but seq and hash). */
export interface AuditLogRow {
  seq: number
  at: string
  actor_user_id: string | null
  action: string
  entity_type: string
  entity_id: string | null
  data: string
  ip: string | null
  prev_hash: string
  hash: string
}

/** audit.json: the signing chains of the case's documents and the case's entries in the audit log. */
export interface BundleAudit {
  signingChains: Array<{ document: ChainSubject & { title: string }; events: SigningEvent[] }>
  caseAuditEntries: AuditLogRow[]
}

export const BUNDLE_PATHS = {
  manifest: 'manifest.json',
  manifestSeal: 'manifest.sig',
  publicKey: 'public-key.pem',
  agreement: 'agreement.pdf',
  record: 'record.pdf',
  audit: 'audit.json',
} as const
