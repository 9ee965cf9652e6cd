import { canonicalJson } from './canonical-json'
import { sha256Hex } from './hashing'

export type SignerRole = 'party' | 'mediator' | 'committee'

export interface Signer {
  userId: string
  name: string
  role: SignerRole
  /** applicant | respondent for parties; null for staff. */
  partyRole: string | null
}

/** What one signature (or the committee seal) attests. Everything here is covered by `eventHash`. */
export interface SigningEventBody {
  documentId: string
  documentVersion: number
  /** SHA-256 of the exact bytes of the confirmed text the signer saw. */
  documentSha256: string
  /** SHA-256 of the handwritten signature (or seal) image. */
  signatureImageSha256: string
  signer: Signer
  verificationMethod: 'sms_code'
  time: string
  ip: string | null
  userAgent: string | null
  prevEventHash: string
}

export interface SigningEvent extends SigningEventBody {
  /** SHA-256 of the canonical JSON of the body. */
  eventHash: string
  /** The server's Ed25519 signature (base64) over `eventHash`. */
  seal: string
}

/** The chain of a document version starts from this value. */
export const GENESIS_HASH = '0'.repeat(64)

const BODY_KEYS: Array<keyof SigningEventBody> = [
  'documentId',
  'documentVersion',
  'documentSha256',
  'signatureImageSha256',
  'signer',
  'verificationMethod',
  'time',
  'ip',
  'userAgent',
  'prevEventHash',
]

/** Picks the hashed fields only, so extra members (eventHash, seal, display data) never change the hash. */
export function eventBody(event: SigningEventBody): SigningEventBody {
  const body = {} as Record<string, unknown>
  for (const key of BODY_KEYS) body[key] = event[key]
  return body as unknown as SigningEventBody
}

export const computeEventHash = (event: SigningEventBody): string => sha256Hex(canonicalJson(eventBody(event)))
