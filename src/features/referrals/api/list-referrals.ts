import type { ReferralList } from '@contract/referrals'
import { api } from '@/lib/api'

export async function listReferrals(offset = 0, limit = 20): Promise<ReferralList> {
  const { data } = await api.get<ReferralList>('/referrals', { params: { offset, limit } })
  return data
}
