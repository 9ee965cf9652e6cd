import { generateKeyPairSync } from 'node:crypto'
import { keyFingerprint, publicKeyPem, sealMessage } from '../../../src/domain/signing/ed25519'
import { sha256Hex } from '../../../src/domain/signing/hashing'
import {
  computeEventHash,
  GENESIS_HASH,
  type SignerRole,
  type SigningEvent,
} from '../../../src/domain/signing/signing-event'
import type { ServerSigningKey } from '../../../src/services/signing/server-key'

export function makeKey(): ServerSigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return { privateKey, publicKey, publicKeyPem: publicKeyPem(publicKey), fingerprint: keyFingerprint(publicKey) }
}

export const SUBJECT = {
  documentId: 'doc-1',
  documentVersion: 3,
  documentSha256: sha256Hex('一、被申请人于2026年12月31日前支付工资12000元。'),
}

const SIGNERS: Array<{ name: string; role: SignerRole; partyRole: string | null }> = [
  { name: '王秀英', role: 'party', partyRole: 'applicant' },
  { name: '李建国', role: 'party', partyRole: 'respondent' },
  { name: '刘芳', role: 'mediator', partyRole: null },
  { name: '赵敏', role: 'committee', partyRole: null },
]

/** A valid, sealed four-event chain (two parties, mediator, committee) for SUBJECT. */
export function buildChain(key: ServerSigningKey, subject = SUBJECT): SigningEvent[] {
  const events: SigningEvent[] = []
  SIGNERS.forEach((s, i) => {
    const body = {
      ...subject,
      signatureImageSha256: sha256Hex(`image-${i}`),
      signer: { userId: `user-${i}`, name: s.name, role: s.role, partyRole: s.partyRole },
      verificationMethod: 'sms_code' as const,
      time: new Date(Date.UTC(2026, 10, 26, 2, i)).toISOString(),
      ip: `203.0.113.${i + 1}`,
      userAgent: 'Mozilla/5.0 MicroMessenger',
      prevEventHash: i ? events[i - 1].eventHash : GENESIS_HASH,
    }
    const eventHash = computeEventHash(body)
    events.push({ ...body, eventHash, seal: sealMessage(key.privateKey, eventHash) })
  })
  return events
}

/** Deterministic PRNG (mulberry32) so a failing random position can be reproduced. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
