import type { Organisation } from '@contract/organisations'
import { CATALOGUE, type DisputeTypeCode } from './catalogue'

export interface RegionNode {
  code: string
  name: string
  level: string
}

export interface CommitteeOption {
  organisation: Organisation
  reason: string
}

const LEVEL_NAMES: Record<string, string> = { community: '社区（村）', street: '街道（乡镇）', district: '区（县）' }

function covers(org: Organisation, lineage: readonly RegionNode[]): RegionNode | undefined {
  return lineage.find((r) => org.regionCode === r.code || org.serviceArea.includes(r.code))
}

/**
 * Competent committees for a dispute, best first: the specialist committee for the type (labour, medical,
 * traffic, property) when one covers the area, then the type's levels in order (community → street →
 * district), each nearest the resident. Every general committee covering the area stays selectable.
 * `lineage` is the resident's region and its ancestors, nearest first.
 */
export function rankCommittees(
  type: DisputeTypeCode,
  lineage: readonly RegionNode[],
  organisations: readonly Organisation[],
): CommitteeOption[] {
  const def = CATALOGUE[type]
  const committees = organisations.filter((o) => o.type === 'mediation_committee' && o.active)
  const ranked: CommitteeOption[] = []
  const add = (org: Organisation, reason: string) => {
    if (!ranked.some((r) => r.organisation.id === org.id)) ranked.push({ organisation: org, reason })
  }
  for (const speciality of def.competent.specialities) {
    for (const org of committees) {
      const area = org.specialities.includes(speciality) ? covers(org, lineage) : undefined
      if (area) add(org, `${def.name}纠纷专业性较强，由覆盖${area.name}的专业调解委员会调解更合适`)
    }
  }
  const levels = [
    ...def.competent.levels,
    ...(['community', 'street', 'district'] as const).filter((l) => !def.competent.levels.includes(l)),
  ]
  for (const level of levels) {
    const preferred = def.competent.levels.includes(level)
    // Nearest first: a committee sitting in the resident's community beats one covering the whole district.
    for (const region of lineage) {
      for (const org of committees) {
        if (org.level !== level || !(org.regionCode === region.code || org.serviceArea.includes(region.code))) continue
        add(
          org,
          preferred
            ? `纠纷发生在${lineage[0].name}，属于${LEVEL_NAMES[level] ?? level}人民调解委员会的受理范围，就近调解更方便`
            : `也可由${LEVEL_NAMES[level] ?? level}人民调解委员会调解`,
        )
      }
    }
  }
  // Committees without a level still serve their area; specialist committees of other fields do not.
  for (const org of committees) {
    const area = org.specialities.length === 0 ? covers(org, lineage) : undefined
    if (area) add(org, `该调解委员会的服务范围包含${area.name}`)
  }
  return ranked
}

/** The police station covering the area, for urgent-risk flags (PML 25). */
export function coveringPoliceStation(
  lineage: readonly RegionNode[],
  organisations: readonly Organisation[],
): Organisation | null {
  const stations = organisations.filter((o) => o.type === 'police_station' && o.active)
  for (const region of lineage) {
    const station = stations.find((s) => s.regionCode === region.code || s.serviceArea.includes(region.code))
    if (station) return station
  }
  return null
}

/**
 * Matches a free-text place (鼓楼区东街街道三坊社区) to the most specific known region whose name it mentions;
 * names are compared with and without their level suffix (三坊社区 / 三坊).
 */
export function matchRegion(text: string, regions: readonly RegionNode[]): RegionNode | null {
  const rank: Record<string, number> = { community: 5, street: 4, district: 3, city: 2, province: 1 }
  let best: RegionNode | null = null
  for (const region of regions) {
    const short = region.name.replace(/(?:社区|居委会|村委会|村|街道|镇|乡|区|县|市|省)$/, '')
    const hit = text.includes(region.name) || (short.length >= 2 && text.includes(short))
    if (hit && (!best || (rank[region.level] ?? 0) > (rank[best.level] ?? 0))) best = region
  }
  return best
}
