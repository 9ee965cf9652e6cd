import type { KeyObject } from 'node:crypto'
import { checkSeal } from './ed25519'
import { isSha256Hex } from './hashing'
import { computeEventHash, GENESIS_HASH, type SigningEvent } from './signing-event'
import { ROLE_RANK } from './signing-order'
import { problem, type VerificationProblem } from './verification-result'

export interface ChainSubject {
  documentId: string
  documentVersion: number
  documentSha256: string
}

const ROLES = new Set(Object.keys(ROLE_RANK))

function isEventShaped(value: unknown): value is SigningEvent {
  const e = value as SigningEvent
  return (
    !!e &&
    typeof e === 'object' &&
    typeof e.documentId === 'string' &&
    Number.isInteger(e.documentVersion) &&
    isSha256Hex(e.documentSha256) &&
    isSha256Hex(e.signatureImageSha256) &&
    isSha256Hex(e.prevEventHash) &&
    isSha256Hex(e.eventHash) &&
    typeof e.seal === 'string' &&
    typeof e.time === 'string' &&
    !!e.signer &&
    typeof e.signer.userId === 'string' &&
    ROLES.has(e.signer.role)
  )
}

/**
 * Checks a document's signing chain: every event's hash matches its content, links to the one before,
 * carries a valid server seal, concerns this exact document version, and the roles come in the legal order.
 * Returns the first problem found (which event, which hash), or null when the chain is intact.
 */
export function verifyChain(
  events: unknown[],
  publicKey: KeyObject,
  subject: ChainSubject,
): VerificationProblem | null {
  let prev = GENESIS_HASH
  let rank = 0
  const seenStaff = new Set<string>()
  for (const [i, raw] of events.entries()) {
    const n = i + 1
    if (!isEventShaped(raw)) return problem('EVENT_MALFORMED', `第${n}个签署事件格式不正确`, { eventIndex: i })
    const event = raw
    const actual = computeEventHash(event)
    if (actual !== event.eventHash) {
      return problem('EVENT_HASH_MISMATCH', `第${n}个签署事件的内容与其哈希值不符，记录已被改动`, {
        eventIndex: i,
        expected: event.eventHash,
        actual,
      })
    }
    if (event.prevEventHash !== prev) {
      return problem('CHAIN_LINK_BROKEN', `第${n}个签署事件没有接续前一个事件，签署链被改动`, {
        eventIndex: i,
        expected: prev,
        actual: event.prevEventHash,
      })
    }
    if (!checkSeal(publicKey, event.eventHash, event.seal)) {
      return problem('EVENT_SEAL_INVALID', `第${n}个签署事件的服务器签章无效`, {
        eventIndex: i,
        actual: event.eventHash,
      })
    }
    if (
      event.documentId !== subject.documentId ||
      event.documentVersion !== subject.documentVersion ||
      event.documentSha256 !== subject.documentSha256
    ) {
      return problem('EVENT_DOCUMENT_MISMATCH', `第${n}个签署事件签署的不是本文书的确认文本`, {
        eventIndex: i,
        expected: subject.documentSha256,
        actual: event.documentSha256,
      })
    }
    const eventRank = ROLE_RANK[event.signer.role]
    if (eventRank < rank || (eventRank > 0 && seenStaff.has(event.signer.role))) {
      return problem('CHAIN_ORDER_INVALID', `第${n}个签署事件不符合签署顺序（当事人→调解员→调委会盖章）`, {
        eventIndex: i,
      })
    }
    if (eventRank > 0) seenStaff.add(event.signer.role)
    rank = eventRank
    prev = event.eventHash
  }
  return null
}

/** The hash of the last event, which a final seal covers. */
export const chainHead = (events: SigningEvent[]): string =>
  events.length ? events[events.length - 1].eventHash : GENESIS_HASH
