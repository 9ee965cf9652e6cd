import { Type, type Static } from '@sinclair/typebox'

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'lower-case hex SHA-256' })

export const SignerRoleSchema = Type.Union(
  [Type.Literal('party'), Type.Literal('mediator'), Type.Literal('committee')],
  {
    description: 'party signs for themself; mediator signs after all parties; committee = the seal, applied last',
  },
)
export type SignerRole = Static<typeof SignerRoleSchema>

export const SigningStageSchema = Type.Union([
  Type.Literal('parties'),
  Type.Literal('mediator'),
  Type.Literal('committee'),
  Type.Literal('complete'),
])
export type SigningStage = Static<typeof SigningStageSchema>

/** One signing event as recorded in the chain (see docs/VERIFY.md for how eventHash is computed). */
export const SigningEventSchema = Type.Object({
  documentId: Type.String(),
  documentVersion: Type.Integer(),
  documentSha256: Sha256,
  signatureImageSha256: Sha256,
  signer: Type.Object({
    userId: Type.String(),
    name: Type.String(),
    role: SignerRoleSchema,
    partyRole: Type.Union([Type.String(), Type.Null()]),
  }),
  verificationMethod: Type.Literal('sms_code'),
  time: Type.String({ format: 'date-time' }),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  prevEventHash: Sha256,
  eventHash: Sha256,
  seal: Type.String({ description: 'Ed25519 signature (base64) of eventHash by the platform key' }),
})
export type SigningEvent = Static<typeof SigningEventSchema>

export const SignCodeBodySchema = Type.Object({ as: SignerRoleSchema })
export type SignCodeBody = Static<typeof SignCodeBodySchema>
export const SignCodeResponseSchema = Type.Object({
  phoneMasked: Type.String(),
  retryAfterSeconds: Type.Integer(),
})
export type SignCodeResponse = Static<typeof SignCodeResponseSchema>

export const SignBodySchema = Type.Object({
  as: SignerRoleSchema,
  documentSha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'hash of the text the signer was shown' }),
  code: Type.String({ pattern: '^\\d{6}$', description: 'the SMS code sent for signing' }),
  signatureImage: Type.String({ minLength: 40, maxLength: 800_000, description: 'PNG, base64 or data: URL' }),
})
export type SignBody = Static<typeof SignBodySchema>

export const SigningStatusSchema = Type.Object({
  documentRowId: Type.String(),
  documentId: Type.String(),
  version: Type.Integer(),
  sha256: Sha256,
  stage: SigningStageSchema,
  effectiveAt: Type.Union([Type.String(), Type.Null()]),
  verificationCode: Type.Union([Type.String(), Type.Null()]),
  offlineRequired: Type.Boolean({ description: 'ESL art 3: must be signed on paper' }),
  events: Type.Array(SigningEventSchema),
})
export type SigningStatus = Static<typeof SigningStatusSchema>

export const PaperSigningBodySchema = Type.Object({ note: Type.String({ minLength: 1, maxLength: 500 }) })
export type PaperSigningBody = Static<typeof PaperSigningBodySchema>

export const VerifyCodeBodySchema = Type.Object({
  code: Type.String({ minLength: 12, maxLength: 20, description: 'e.g. ABCD-EFGH-JKMN (dashes optional)' }),
})
export type VerifyCodeBody = Static<typeof VerifyCodeBodySchema>

export const VerifyResultSchema = Type.Object({
  valid: Type.Boolean(),
  /** Stable reason code when invalid, e.g. PDF_CONTENT_CHANGED, EVENT_HASH_MISMATCH, CHAIN_LINK_BROKEN. */
  code: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()], { description: 'Chinese explanation' }),
  eventIndex: Type.Union([Type.Integer(), Type.Null()], { description: '0-based index of the failing event' }),
  expectedHash: Type.Union([Type.String(), Type.Null()]),
  actualHash: Type.Union([Type.String(), Type.Null()]),
  document: Type.Union([
    Type.Object({
      title: Type.String(),
      caseNumber: Type.String(),
      documentVersion: Type.Integer(),
      documentSha256: Type.String(),
      effectiveAt: Type.String(),
      verificationCode: Type.String(),
    }),
    Type.Null(),
  ]),
  signers: Type.Array(
    Type.Object({
      role: Type.String(),
      name: Type.String({ description: 'masked: 王*英' }),
      time: Type.String(),
      eventHash: Type.String(),
    }),
  ),
  keyFingerprint: Type.String({ description: 'fingerprint of the platform key used to check' }),
})
export type VerifyResult = Static<typeof VerifyResultSchema>

export const PublicKeySchema = Type.Object({
  algorithm: Type.Literal('Ed25519'),
  fingerprint: Type.String(),
  pem: Type.String(),
})
export type PublicKey = Static<typeof PublicKeySchema>
