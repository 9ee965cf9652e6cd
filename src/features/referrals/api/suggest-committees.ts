import type { DisputeType } from '@contract/intake'
import type { CommitteeSuggestionList } from '@contract/referrals'
import { api } from '@/lib/api'

/** Committees competent for the dispute in that region, the recommended one first. */
export async function suggestCommittees(
  disputeType: DisputeType,
  regionCode: string,
): Promise<CommitteeSuggestionList> {
  const { data } = await api.get<CommitteeSuggestionList>('/referrals/committees', {
    params: { disputeType, regionCode },
  })
  return data
}
