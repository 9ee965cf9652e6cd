import type { SignerRole } from './signing-event'

/**
 * PML 29 ¶2: the agreement takes effect once every party has signed, the mediator has signed and the
 * committee seal is affixed. We enforce that order: all parties (any order among them), then one mediator,
 * then the committee seal.
 */
export type SigningStage = 'parties' | 'mediator' | 'committee' | 'complete'

export interface SignedSoFar {
  signerUserId: string
  role: SignerRole
}

export function signingStage(events: SignedSoFar[], partyUserIds: string[]): SigningStage {
  const signedParties = new Set(events.filter((e) => e.role === 'party').map((e) => e.signerUserId))
  if (partyUserIds.some((id) => !signedParties.has(id))) return 'parties'
  if (!events.some((e) => e.role === 'mediator')) return 'mediator'
  if (!events.some((e) => e.role === 'committee')) return 'committee'
  return 'complete'
}

export interface OrderRefusal {
  code: string
  message: string
}

/** Null when `role` may sign now; otherwise the reason (stable code + Chinese message). */
export function checkSigningTurn(
  events: SignedSoFar[],
  partyUserIds: string[],
  signer: { userId: string; role: SignerRole },
): OrderRefusal | null {
  const stage = signingStage(events, partyUserIds)
  if (stage === 'complete') return { code: 'SIGNING_COMPLETE', message: '该文书已完成全部签署' }
  if (signer.role === 'party') {
    if (events.some((e) => e.role === 'party' && e.signerUserId === signer.userId)) {
      return { code: 'ALREADY_SIGNED', message: '您已签署过该文书' }
    }
    if (stage !== 'parties') return { code: 'SIGNING_ORDER', message: '当事人签署阶段已结束' }
    return null
  }
  if (signer.role === 'mediator') {
    if (stage === 'parties') return { code: 'SIGNING_ORDER', message: '请等待全部当事人签署后，调解员再签名' }
    if (stage !== 'mediator') return { code: 'ALREADY_SIGNED', message: '调解员已签名' }
    return null
  }
  if (stage === 'parties' || stage === 'mediator') {
    return { code: 'SIGNING_ORDER', message: '请等待当事人和调解员签名后，再加盖调委会印章' }
  }
  return null
}

/** Expected rank of each role in a finished chain (parties 0, mediator 1, committee 2). */
export const ROLE_RANK: Record<SignerRole, number> = { party: 0, mediator: 1, committee: 2 }
