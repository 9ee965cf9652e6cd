import { createHash } from 'node:crypto'
import type { DbTx } from '../../db/database'
import { newId, newToken } from '../../lib/ids'
import type { WorkflowSettings } from '../assignment/workflow-settings'

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export interface IssuedLink {
  partyId: string
  token: string
  link: string
  expiresAt: string
}

/**
 * Issues a share link for one party: 256 random bits, only the hash stored, single claim. Earlier unclaimed
 * links for the same party are revoked so only the newest one works.
 */
export async function issueLink(
  tx: DbTx,
  input: { caseId: string; partyId: string; invitedBy: string; now: Date },
  settings: WorkflowSettings,
): Promise<IssuedLink> {
  const token = newToken(32)
  const expiresAt = new Date(input.now.getTime() + settings.invitationTtlDays * 86_400_000).toISOString()
  const stamp = input.now.toISOString()
  await tx
    .updateTable('case_invitations')
    .set({ revoked_at: stamp })
    .where('party_id', '=', input.partyId)
    .where('claimed_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute()
  await tx
    .insertInto('case_invitations')
    .values({
      id: newId(),
      case_id: input.caseId,
      party_id: input.partyId,
      token_hash: hashToken(token),
      invited_by: input.invitedBy,
      expires_at: expiresAt,
      claimed_at: null,
      claimed_by: null,
      revoked_at: null,
      created_at: stamp,
    })
    .execute()
  return { partyId: input.partyId, token, link: `${settings.invitationLinkBase}${token}`, expiresAt }
}
