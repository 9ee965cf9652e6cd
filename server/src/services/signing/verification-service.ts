import type { Database } from '../../db/database'
import { sha256Hex } from '../../domain/signing/hashing'
import type { SealedRecord } from '../../domain/signing/sealed-record'
import { verifySealedPdf } from '../../domain/signing/verify-sealed-pdf'
import { verifyChain } from '../../domain/signing/verify-chain'
import { problem, type VerificationProblem } from '../../domain/signing/verification-result'
import type { SignerRole } from '../../domain/signing/signing-event'
import { SignableDocumentsRepo } from './documents-repo'
import { normaliseVerificationCode } from './seal-final-pdf'
import type { ServerSigningKey } from './server-key'

export interface PublicVerification {
  valid: boolean
  problem: VerificationProblem | null
  document: {
    title: string
    caseNumber: string
    documentVersion: number
    documentSha256: string
    effectiveAt: string
    verificationCode: string
  } | null
  signers: Array<{ role: SignerRole; name: string; time: string; eventHash: string }>
  keyFingerprint: string
}

/** Public answers show people's names masked (王*英); the role says who signed in what capacity. */
export function maskName(name: string): string {
  if (name.length < 2) return name
  return name.length === 2 ? `${name[0]}*` : `${name[0]}${'*'.repeat(name.length - 2)}${name[name.length - 1]}`
}

/**
 * Public verification, with no login: an uploaded PDF (checked byte for byte against its embedded seal, then
 * against our records) or a verification code (the stored chain and file re-checked).
 */
export class VerificationService {
  private readonly documents = new SignableDocumentsRepo()

  constructor(
    private readonly database: Database,
    private readonly key: ServerSigningKey,
  ) {}

  async verifyFile(file: Buffer): Promise<PublicVerification> {
    const result = verifySealedPdf(file, this.key.publicKey)
    if (!result.valid) return this.answer(result.problem, result.record)
    const record = result.record!
    const stored = await this.findByCode(record.verificationCode)
    if (!stored || stored.file_sha256 !== sha256Hex(file)) {
      return this.answer(problem('NOT_ON_RECORD', '平台没有出具过这份文件的记录'), record)
    }
    return this.answer(null, record)
  }

  async verifyCode(input: string): Promise<PublicVerification> {
    const code = normaliseVerificationCode(input)
    const stored = code ? await this.findByCode(code) : undefined
    if (!stored) return this.answer(problem('CODE_NOT_FOUND', '验证码不存在，请核对后重新输入'), null)
    const file = Buffer.from(stored.pdf)
    const record = JSON.parse(stored.record) as SealedRecord
    if (sha256Hex(file) !== stored.file_sha256) {
      return this.answer(
        problem('PDF_CONTENT_CHANGED', '平台存档的文件与出具时不一致', {
          expected: stored.file_sha256,
          actual: sha256Hex(file),
        }),
        record,
      )
    }
    const result = verifySealedPdf(file, this.key.publicKey)
    if (!result.valid) return this.answer(result.problem, result.record ?? record)
    // The live chain must still be the one that was sealed (no event added, removed or edited since).
    const live = (await this.documents.events(this.database.db, stored.document_row_id)).map((e) => e.event)
    const liveProblem = verifyChain(live, this.key.publicKey, record.document)
    if (liveProblem) return this.answer(liveProblem, record)
    const liveHead = live.length ? live[live.length - 1].eventHash : null
    if (live.length !== record.events.length || liveHead !== record.headHash) {
      return this.answer(
        problem('CHAIN_HEAD_MISMATCH', '平台存档的签署记录与出具的文件不一致', {
          expected: record.headHash,
          actual: liveHead,
        }),
        record,
      )
    }
    return this.answer(null, record)
  }

  private findByCode(code: string) {
    return this.database.db
      .selectFrom('sealed_documents')
      .selectAll()
      .where('verification_code', '=', code)
      .executeTakeFirst()
  }

  private answer(p: VerificationProblem | null, record: SealedRecord | null): PublicVerification {
    return {
      valid: p === null,
      problem: p,
      document: record
        ? {
            title: String(record.document?.title ?? ''),
            caseNumber: String(record.document?.caseNumber ?? ''),
            documentVersion: Number(record.document?.documentVersion ?? 0),
            documentSha256: String(record.document?.documentSha256 ?? ''),
            effectiveAt: String(record.effectiveAt ?? ''),
            verificationCode: String(record.verificationCode ?? ''),
          }
        : null,
      signers: (Array.isArray(record?.events) ? record.events : []).map((e) => ({
        role: e.signer?.role,
        name: maskName(String(e.signer?.name ?? '')),
        time: String(e.time ?? ''),
        eventHash: String(e.eventHash ?? ''),
      })),
      keyFingerprint: this.key.fingerprint,
    }
  }
}
