import type { ClaimResult } from '@contract/invitations'
import { api } from '@/lib/api'

/** Takes the caller's side of the case; the same account claiming again gets the same result. */
export async function claimInvitation(token: string): Promise<ClaimResult> {
  const { data } = await api.post<ClaimResult>(`/invitations/${encodeURIComponent(token)}/claim`, {})
  return data
}
