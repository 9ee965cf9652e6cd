import type { CommitteeSuggestionList } from '@contract/referrals'
import type { DisputeTypeCode } from '../../domain/intake/catalogue/types'
import { rankCommittees, type CommitteeOption, type RegionNode } from '../../domain/intake/routing'
import { badRequest } from '../../lib/app-error'
import type { OrganisationsRepo } from '../organisations/organisations-repo'

/**
 * The committees competent for a dispute type in a region, best first, using the intake routing so a police
 * referral lands where a resident's own application would.
 */
export async function competentCommittees(
  organisations: OrganisationsRepo,
  disputeType: DisputeTypeCode,
  regionCode: string,
): Promise<CommitteeOption[]> {
  const regions = await organisations.regions()
  if (!regions.some((r) => r.code === regionCode)) {
    throw badRequest('REGION_UNKNOWN', '所选地区不存在，请重新选择', [{ field: 'regionCode', message: '地区不存在' }])
  }
  const codes = await organisations.lineage(regionCode)
  const lineage: RegionNode[] = codes.flatMap((code) =>
    regions.filter((r) => r.code === code).map((r) => ({ code: r.code, name: r.name, level: r.level })),
  )
  const ranked = rankCommittees(disputeType, lineage, await organisations.list())
  if (ranked.length === 0) {
    throw badRequest('NO_COMMITTEE', '该地区暂无可受理的调解组织，请选择其他地区', [
      { field: 'regionCode', message: '该地区暂无调解组织' },
    ])
  }
  return ranked
}

export function toSuggestionList(ranked: CommitteeOption[]): CommitteeSuggestionList {
  const [first, ...rest] = ranked.map((r) => ({ id: r.organisation.id, name: r.organisation.name, reason: r.reason }))
  return { recommended: first, alternatives: rest }
}
