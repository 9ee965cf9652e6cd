import { conflict, forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import { maskPhone } from '../../lib/mask'
import type { Database, Db, DbTx } from '../../db/database'
import type { AuditLog } from '../audit/audit-log'
import type { SmsCodes } from '../auth/sms-codes'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import { sealMessage } from '../../domain/signing/ed25519'
import { sha256Hex } from '../../domain/signing/hashing'
import { checkSigningTurn, signingStage, type SigningStage } from '../../domain/signing/signing-order'
import { computeEventHash, GENESIS_HASH, type SignerRole, type SigningEvent } from '../../domain/signing/signing-event'
import { SignableDocumentsRepo } from './documents-repo'
import { OfflineSigning, type AfterCommit, type AgreementEffectHook } from './offline-signing'
import { loadParticipants, mayActAs } from './signing-participants'
import { decodeSignatureImage } from './signature-image'
import { sealFinalPdf } from './seal-final-pdf'
import { retryOnRace } from './retry-on-race'
import type { ServerSigningKey } from './server-key'

export interface SignRequest {
  documentRowId: string
  /** The SHA-256 of the text the signer was shown: must be the confirmed version's. */
  documentSha256: string
  as: SignerRole
  code: string
  signatureImage: string
  ip: string | null
  userAgent: string | null
}

export interface SigningStatus {
  documentRowId: string
  documentId: string
  version: number
  sha256: string
  stage: SigningStage
  effectiveAt: string | null
  verificationCode: string | null
  offlineRequired: boolean
  events: SigningEvent[]
}

const DOCUMENT_NOT_FOUND = () => notFound('DOCUMENT_NOT_FOUND', '文书不存在或您无权查看')

/**
 * Signing a confirmed document version: identity re-checked by SMS code, order enforced (parties, mediator,
 * committee seal), every event hash-chained and sealed with the server key; the seal makes the agreement
 * effective (PML 29 ¶2) and produces the sealed final PDF.
 */
export class SigningService {
  readonly documents = new SignableDocumentsRepo()
  private readonly offline: OfflineSigning

  constructor(
    private readonly database: Database,
    private readonly smsCodes: SmsCodes,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    readonly key: ServerSigningKey,
    /** Called in the same transaction when an agreement takes effect (the case workflow reacts to it). */
    private readonly onAgreementEffective: AgreementEffectHook = async () => {},
  ) {
    this.offline = new OfflineSigning(database, audit, clock, onAgreementEffective)
  }

  /** The document version, if this user may see its case (outsiders get the same 404 as a missing id). */
  async readableDocument(auth: AuthContext, documentRowId: string) {
    const doc = await this.documents.find(this.database.db, documentRowId)
    if (!doc || !(await caseRelation(this.database, auth, doc.case_id))) throw DOCUMENT_NOT_FOUND()
    return doc
  }

  async status(auth: AuthContext, documentRowId: string): Promise<SigningStatus> {
    const doc = await this.readableDocument(auth, documentRowId)
    const events = (await this.documents.events(this.database.db, doc.id)).map((e) => e.event)
    const { parties } = await loadParticipants(this.database.db, doc.case_id)
    const sealed = await this.database.db
      .selectFrom('sealed_documents')
      .select('verification_code')
      .where('document_row_id', '=', doc.id)
      .executeTakeFirst()
    const offline = await this.database.db
      .selectFrom('offline_signings')
      .select('document_row_id')
      .where('document_row_id', '=', doc.id)
      .executeTakeFirst()
    return {
      documentRowId: doc.id,
      documentId: doc.document_id,
      version: doc.version,
      sha256: doc.sha256,
      stage: signingStage(toSigned(events), partyIds(parties)),
      effectiveAt: doc.effective_at,
      verificationCode: sealed?.verification_code ?? null,
      offlineRequired: !!offline,
      events,
    }
  }

  /** The sealed final PDF, for the case's participants. */
  async sealedPdf(auth: AuthContext, documentRowId: string): Promise<Buffer> {
    const doc = await this.readableDocument(auth, documentRowId)
    const row = await this.database.db
      .selectFrom('sealed_documents')
      .select('pdf')
      .where('document_row_id', '=', doc.id)
      .executeTakeFirst()
    if (!row) throw conflict('DOCUMENT_NOT_EFFECTIVE', '文书尚未完成全部签署')
    return Buffer.from(row.pdf)
  }

  /** Sends the signing code to the signer's own phone once every other check passes. */
  async requestCode(auth: AuthContext, documentRowId: string, as: SignerRole) {
    const { doc } = await this.checkSigner(auth, documentRowId, as)
    const events = (await this.documents.events(this.database.db, doc.id)).map((e) => e.event)
    await this.checkTurn(doc.case_id, events, auth.userId, as)
    const phone = await this.phoneOf(auth.userId)
    const { retryAfterSeconds } = await this.smsCodes.send(phone, 'sign_code')
    return { phoneMasked: maskPhone(phone), retryAfterSeconds }
  }

  async sign(auth: AuthContext, request: SignRequest): Promise<SigningStatus> {
    const { doc, partyRole } = await this.checkSigner(auth, request.documentRowId, request.as)
    if (request.documentSha256 !== doc.sha256) {
      throw conflict('DOCUMENT_TEXT_MISMATCH', '您看到的文本与确认的版本不一致，请刷新后重新阅读再签署')
    }
    const image = decodeSignatureImage(request.signatureImage)
    const before = (await this.documents.events(this.database.db, doc.id)).map((e) => e.event)
    await this.checkTurn(doc.case_id, before, auth.userId, request.as)
    await this.smsCodes.verify(await this.phoneOf(auth.userId), request.code, 'sign_code')
    const user = await this.database.db
      .selectFrom('users')
      .select(['display_name', 'real_name'])
      .where('id', '=', auth.userId)
      .executeTakeFirstOrThrow()
    const now = this.clock.now()

    // The chain position is unique per document: a signer who loses a race is retried onto the new head.
    // Set by the attempt that commits (a retried attempt starts again), run once it has committed.
    const after: { commit?: AfterCommit | void } = {}
    await retryOnRace(() =>
      this.database.transaction(async (tx) => {
        after.commit = undefined
        const stored = await this.documents.events(tx, doc.id)
        const events = stored.map((e) => e.event)
        // Re-checked inside the transaction: another signer may have gone first.
        await this.checkTurn(doc.case_id, events, auth.userId, request.as, tx)
        const body = {
          documentId: doc.document_id,
          documentVersion: doc.version,
          documentSha256: doc.sha256,
          signatureImageSha256: sha256Hex(image),
          signer: { userId: auth.userId, name: user.real_name ?? user.display_name, role: request.as, partyRole },
          verificationMethod: 'sms_code' as const,
          time: now.toISOString(),
          ip: request.ip,
          userAgent: request.userAgent,
          prevEventHash: events.length ? events[events.length - 1].eventHash : GENESIS_HASH,
        }
        const eventHash = computeEventHash(body)
        const event: SigningEvent = { ...body, eventHash, seal: sealMessage(this.key.privateKey, eventHash) }
        await tx
          .insertInto('signing_events')
          .values({
            id: newId(),
            document_row_id: doc.id,
            seq: events.length,
            signer_user_id: auth.userId,
            signer_role: request.as,
            event: JSON.stringify(event),
            event_hash: eventHash,
            signature_image: image,
            created_at: now.toISOString(),
          })
          .execute()
        await this.audit.append(tx, {
          actorUserId: auth.userId,
          action: 'signing.sign',
          entityType: 'case',
          entityId: doc.case_id,
          data: { documentRowId: doc.id, version: doc.version, role: request.as, eventHash },
          ip: request.ip,
        })
        if (request.as !== 'committee') return
        // The seal is the last act: the agreement takes effect now (PML 29 ¶2) and the final PDF is sealed.
        const participants = await loadParticipants(tx, doc.case_id)
        const { file, record } = await sealFinalPdf(
          {
            documentId: doc.document_id,
            title: doc.title,
            caseNumber: participants.caseNumber,
            body: doc.body,
            documentVersion: doc.version,
            documentSha256: doc.sha256,
            committeeName: participants.committeeName,
            events: [...stored, { event, image }],
            effectiveAt: now.toISOString(),
          },
          this.key,
        )
        await tx
          .updateTable('signable_documents')
          .set({ effective_at: now.toISOString() })
          .where('id', '=', doc.id)
          .execute()
        await tx
          .insertInto('sealed_documents')
          .values({
            document_row_id: doc.id,
            case_id: doc.case_id,
            verification_code: record.verificationCode,
            file_sha256: sha256Hex(file),
            head_hash: record.headHash,
            record: JSON.stringify(record),
            pdf: file,
            created_at: now.toISOString(),
          })
          .execute()
        await this.audit.append(tx, {
          actorUserId: auth.userId,
          action: 'signing.effective',
          entityType: 'case',
          entityId: doc.case_id,
          data: { documentRowId: doc.id, version: doc.version, fileSha256: sha256Hex(file), headHash: record.headHash },
          ip: request.ip,
        })
        if (doc.kind === 'agreement') {
          after.commit = await this.onAgreementEffective(tx, {
            caseId: doc.case_id,
            documentRowId: doc.id,
            actorUserId: auth.userId,
            ip: request.ip,
            now,
          })
        }
      }),
    )
    if (after.commit) await after.commit()
    return this.status(auth, doc.id)
  }

  /** ESL art 3 documents: the mediator records that the paper agreement was signed offline. */
  async recordPaperSigning(auth: AuthContext, documentRowId: string, note: string, ip: string | null): Promise<void> {
    const doc = await this.readableDocument(auth, documentRowId)
    if (!(await mayActAs(this.database, auth, doc.case_id, 'mediator')).allowed) {
      throw forbidden('SIGNER_NOT_ALLOWED', '只有本案调解员可以登记线下签署')
    }
    await this.offline.recordPaperSigning(auth.userId, doc, note, ip)
  }

  /** Everything that does not depend on the signing order: access, version, ESL art 3, capacity. */
  private async checkSigner(auth: AuthContext, documentRowId: string, as: SignerRole) {
    const doc = await this.readableDocument(auth, documentRowId)
    if (!doc.confirmed_at) throw conflict('DOCUMENT_NOT_CONFIRMED', '协议文本尚未经各方确认，暂不能签署')
    if ((await this.documents.latestVersion(this.database.db, doc.document_id)) !== doc.version) {
      throw conflict('DOCUMENT_VERSION_SUPERSEDED', '该版本已被新版本取代，请签署最新确认的版本')
    }
    await this.offline.refuseStatusMatters(auth.userId, doc)
    const capacity = await mayActAs(this.database, auth, doc.case_id, as)
    if (!capacity.allowed) throw forbidden('SIGNER_NOT_ALLOWED', '您不能以该身份签署本文书')
    return { doc, partyRole: capacity.partyRole }
  }

  private async checkTurn(
    caseId: string,
    events: SigningEvent[],
    userId: string,
    as: SignerRole,
    db: Db | DbTx = this.database.db,
  ): Promise<void> {
    const { parties } = await loadParticipants(db, caseId)
    const offline = parties.find((p) => !p.userId)
    if (offline) {
      throw conflict('PARTY_WITHOUT_ACCOUNT', `当事人${offline.name}尚未注册账号，无法电子签署，请线下签署纸质协议`)
    }
    const refusal = checkSigningTurn(toSigned(events), partyIds(parties), { userId, role: as })
    if (refusal) throw conflict(refusal.code, refusal.message)
  }

  private async phoneOf(userId: string): Promise<string> {
    const row = await this.database.db
      .selectFrom('users')
      .select('phone')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
    return row.phone
  }
}

const toSigned = (events: SigningEvent[]) => events.map((e) => ({ signerUserId: e.signer.userId, role: e.signer.role }))
const partyIds = (parties: Array<{ userId: string | null }>) => parties.flatMap((p) => (p.userId ? [p.userId] : []))
