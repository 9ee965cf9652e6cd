import { randomInt } from 'node:crypto'
import { renderPdf } from '../../documents/pdf/render-pdf'
import { canonicalJson } from '../../domain/signing/canonical-json'
import { sealMessage } from '../../domain/signing/ed25519'
import { sha256Hex } from '../../domain/signing/hashing'
import { appendSealBlock } from '../../domain/signing/seal-block'
import type { SealedRecord, UnsealedRecord } from '../../domain/signing/sealed-record'
import { chainHead } from '../../domain/signing/verify-chain'
import { agreementPdfModel, type AgreementPdfInput } from './agreement-pdf-model'
import type { ServerSigningKey } from './server-key'

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ' // no 0/O, 1/I/L: read aloud and typed by residents

/** 12 random characters shown as XXXX-XXXX-XXXX (about 59 bits: not guessable within the rate limit). */
export function newVerificationCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`
}

/** Accepts what people type: lower case, spaces, missing or extra dashes. */
export function normaliseVerificationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '')
  if (compact.length !== 12 || [...compact].some((c) => !CODE_ALPHABET.includes(c))) return null
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`
}

export interface SealInput extends Omit<AgreementPdfInput, 'verificationCode' | 'keyFingerprint'> {
  documentId: string
}

/**
 * Renders the final PDF with its audit trail, then appends the sealed record (the chain and a server seal over
 * the PDF bytes and the chain head).
 */
export async function sealFinalPdf(
  input: SealInput,
  key: ServerSigningKey,
  verificationCode = newVerificationCode(),
): Promise<{ file: Buffer; record: SealedRecord }> {
  const pdf = await renderPdf(agreementPdfModel({ ...input, verificationCode, keyFingerprint: key.fingerprint }))
  const events = input.events.map((e) => e.event)
  const unsealed: UnsealedRecord = {
    format: 'tiaojie-seal/1',
    pdfSha256: sha256Hex(pdf),
    document: {
      documentId: input.documentId,
      documentVersion: input.documentVersion,
      documentSha256: input.documentSha256,
      title: input.title,
      caseNumber: input.caseNumber,
    },
    events,
    headHash: chainHead(events),
    effectiveAt: input.effectiveAt,
    verificationCode,
    keyFingerprint: key.fingerprint,
  }
  const record: SealedRecord = { ...unsealed, seal: sealMessage(key.privateKey, canonicalJson(unsealed)) }
  return { file: appendSealBlock(pdf, record), record }
}
