import type { KeyObject } from 'node:crypto'
import { canonicalJson } from './canonical-json'
import { checkSeal, keyFingerprint } from './ed25519'
import { isSha256Hex, sha256Hex } from './hashing'
import { extractSealBlock } from './seal-block'
import type { SealedRecord, UnsealedRecord } from './sealed-record'
import { chainHead, verifyChain } from './verify-chain'
import { problem, type VerificationProblem } from './verification-result'

export interface SealedPdfVerification {
  valid: boolean
  problem: VerificationProblem | null
  /** The record as found (present when the block could be read, even if invalid). */
  record: SealedRecord | null
}

const recordLooksRight = (r: SealedRecord): boolean =>
  r.format === 'tiaojie-seal/1' &&
  isSha256Hex(r.pdfSha256) &&
  isSha256Hex(r.headHash) &&
  !!r.document &&
  typeof r.document.documentId === 'string' &&
  Number.isInteger(r.document.documentVersion) &&
  isSha256Hex(r.document.documentSha256) &&
  Array.isArray(r.events) &&
  typeof r.seal === 'string' &&
  typeof r.keyFingerprint === 'string'

/** Verifies the seal over the record (everything but the seal itself). */
export function recordSealValid(record: SealedRecord, publicKey: KeyObject): boolean {
  const { seal, ...unsealed } = record
  return checkSeal(publicKey, canonicalJson(unsealed satisfies UnsealedRecord), seal)
}

/**
 * Checks a signed PDF as downloaded: the bytes are exactly those sealed, the signing chain is intact and in
 * order, and the record carries the server's seal under the trusted public key.
 */
export function verifySealedPdf(file: Buffer, publicKey: KeyObject): SealedPdfVerification {
  const extracted = extractSealBlock(file)
  if (!extracted.ok) return { valid: false, problem: problem(extracted.code, extracted.reason), record: null }
  const record = extracted.record as SealedRecord
  const fail = (p: VerificationProblem) => ({ valid: false, problem: p, record })
  if (!recordLooksRight(record))
    return { valid: false, problem: problem('SEAL_BLOCK_MALFORMED', '签署记录格式不正确'), record: null }
  const actualPdf = sha256Hex(extracted.pdf)
  if (actualPdf !== record.pdfSha256) {
    return fail(
      problem('PDF_CONTENT_CHANGED', 'PDF 文件内容与签署时不一致，文件已被改动', {
        expected: record.pdfSha256,
        actual: actualPdf,
      }),
    )
  }
  const fingerprint = keyFingerprint(publicKey)
  if (record.keyFingerprint !== fingerprint) {
    return fail(
      problem('KEY_MISMATCH', '签署记录不是由本平台的密钥签发', {
        expected: fingerprint,
        actual: record.keyFingerprint,
      }),
    )
  }
  const chainProblem = verifyChain(record.events, publicKey, record.document)
  if (chainProblem) return fail(chainProblem)
  const head = chainHead(record.events)
  if (head !== record.headHash) {
    return fail(
      problem('CHAIN_HEAD_MISMATCH', '签署链末端与封存记录不符，可能有签署事件被删除', {
        expected: record.headHash,
        actual: head,
      }),
    )
  }
  if (!recordSealValid(record, publicKey)) {
    return fail(problem('RECORD_SEAL_INVALID', '封存记录的服务器签章无效，记录已被改动', { actual: record.pdfSha256 }))
  }
  return { valid: true, problem: null, record }
}
