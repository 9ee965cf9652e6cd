import type { CreateReferralBody, ReferralCreated } from '@contract/referrals'
import { api } from '@/lib/api'

/** Creates the case and one share link per party (the tokens are shown this once). */
export async function createReferral(body: CreateReferralBody): Promise<ReferralCreated> {
  const { data } = await api.post<ReferralCreated>('/referrals', body)
  return data
}
