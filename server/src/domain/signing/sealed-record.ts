import type { SigningEvent } from './signing-event'

/**
 * The structured block appended to a final PDF: the signing chain plus a server seal over the PDF's exact
 * bytes and the chain head. It lets anyone with the public key check the file offline.
 */
export interface SealedRecord {
  format: 'tiaojie-seal/1'
  /** SHA-256 of every PDF byte before the block. */
  pdfSha256: string
  document: {
    documentId: string
    documentVersion: number
    documentSha256: string
    title: string
    caseNumber: string
  }
  events: SigningEvent[]
  headHash: string
  effectiveAt: string
  verificationCode: string
  keyFingerprint: string
  /** Ed25519 (base64) over the canonical JSON of every member above. */
  seal: string
}

export type UnsealedRecord = Omit<SealedRecord, 'seal'>
