import type { SignerRole, SigningStatus } from '@contract/signatures'
import type { Role } from '@contract/roles'

export const STAGE_LABELS: Record<SigningStatus['stage'], string> = {
  parties: '等待当事人签署',
  mediator: '当事人已全部签署，等待调解员签署',
  committee: '调解员已签署，等待调解委员会盖章',
  complete: '已盖章，协议生效',
}

export const SIGNER_ROLE_LABELS: Record<SignerRole, string> = {
  party: '当事人',
  mediator: '调解员',
  committee: '调委会盖章',
}

/** The signer role the signed-in user acts in, from the role they are using the app as. */
export function signerRoleFor(role: Role | null): SignerRole | null {
  if (role === 'resident') return 'party'
  if (role === 'mediator') return 'mediator'
  if (role === 'committee_admin') return 'committee'
  return null
}

export type Turn =
  | { kind: 'mine' }
  | { kind: 'signed' }
  | { kind: 'waiting'; message: string }
  | { kind: 'done' }
  | { kind: 'not-signer' }

/** Order is parties (any order) → mediator → committee seal; the server enforces it, this explains it. */
export function turnOf(status: SigningStatus, as: SignerRole | null, userId: string | null): Turn {
  if (status.stage === 'complete') return { kind: 'done' }
  if (!as) return { kind: 'not-signer' }
  const signedByMe = status.events.some((event) => event.signer.userId === userId && event.signer.role === as)
  if (signedByMe) return { kind: 'signed' }
  if (as === 'party') {
    return status.stage === 'parties' ? { kind: 'mine' } : { kind: 'not-signer' }
  }
  if (as === 'mediator') {
    return status.stage === 'mediator' ? { kind: 'mine' } : { kind: 'waiting', message: '请等待各方当事人签署后再签署' }
  }
  return status.stage === 'committee'
    ? { kind: 'mine' }
    : { kind: 'waiting', message: '当事人和调解员全部签署后，才能加盖调委会印章' }
}
