import type { ShareLink } from '@contract/referrals'
import { api } from '@/lib/api'

/** A fresh link for a party who has not claimed yet; the previous one stops working. */
export async function resendLink(caseId: string, partyRole: 'applicant' | 'respondent'): Promise<ShareLink> {
  const { data } = await api.post<ShareLink>(`/referrals/${encodeURIComponent(caseId)}/links/${partyRole}`, {})
  return data
}
