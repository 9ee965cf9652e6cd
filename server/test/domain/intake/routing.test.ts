import type { Organisation } from '@contract/organisations'
import { coveringPoliceStation, matchRegion, rankCommittees, type RegionNode } from '../../../src/domain/intake/routing'

const REGIONS: RegionNode[] = [
  { code: 'D', name: '九龙坡区', level: 'district' },
  { code: 'S1', name: '杨家坪街道', level: 'street' },
  { code: 'S2', name: '谢家湾街道', level: 'street' },
  { code: 'C1', name: '团结路社区', level: 'community' },
  { code: 'C2', name: '正街社区', level: 'community' },
]
const lineage = (...codes: string[]) => codes.map((c) => REGIONS.find((r) => r.code === c)!)

const org = (id: string, patch: Partial<Organisation>): Organisation => ({
  id,
  name: id,
  type: 'mediation_committee',
  level: null,
  specialities: [],
  regionCode: 'D',
  address: '',
  phone: '',
  serviceArea: [],
  active: true,
  ...patch,
})

const ORGS: Organisation[] = [
  org('community-C1', { level: 'community', regionCode: 'C1', serviceArea: ['C1'] }),
  org('community-C2', { level: 'community', regionCode: 'C2', serviceArea: ['C2'] }),
  org('street-S1', { level: 'street', regionCode: 'S1', serviceArea: ['S1'] }),
  org('street-S2', { level: 'street', regionCode: 'S2', serviceArea: ['S2'] }),
  org('district', { level: 'district', serviceArea: ['D'] }),
  org('labour', { level: 'specialist', specialities: ['labour'], serviceArea: ['D'] }),
  org('medical', { level: 'specialist', specialities: ['medical'], serviceArea: ['D'] }),
  org('inactive-community', { level: 'community', regionCode: 'C1', serviceArea: ['C1'], active: false }),
  org('police-S1', { type: 'police_station', regionCode: 'S1', serviceArea: ['S1'] }),
  org('police-S2', { type: 'police_station', regionCode: 'S2', serviceArea: ['S2', 'C2'] }),
]

const ids = (type: Parameters<typeof rankCommittees>[0], ...codes: string[]) =>
  rankCommittees(type, lineage(...codes), ORGS).map((o) => o.organisation.id)

describe('rankCommittees', () => {
  it('sends labour disputes to the labour committee first, then community → street → district', () => {
    expect(ids('wage_arrears', 'C1', 'S1', 'D')).toEqual(['labour', 'community-C1', 'street-S1', 'district'])
  })

  it('sends neighbour disputes to the community committee first and never to other areas or inactive committees', () => {
    expect(ids('neighbor', 'C1', 'S1', 'D')).toEqual(['community-C1', 'street-S1', 'district'])
  })

  it('starts medical disputes at the medical committee and the district level', () => {
    expect(ids('medical', 'C2', 'S2', 'D')).toEqual(['medical', 'district', 'community-C2', 'street-S2'])
  })

  it('falls back to the street when the resident only gives a street', () => {
    expect(ids('house_rental', 'S2', 'D')).toEqual(['street-S2', 'district'])
  })

  it('explains each choice in Chinese', () => {
    const [first, second] = rankCommittees('wage_arrears', lineage('C1', 'S1', 'D'), ORGS)
    expect(first.reason).toContain('专业调解委员会')
    expect(second.reason).toContain('团结路社区')
  })
})

describe('coveringPoliceStation', () => {
  it('finds the nearest station covering the area', () => {
    expect(coveringPoliceStation(lineage('C2', 'S2', 'D'), ORGS)?.id).toBe('police-S2')
    expect(coveringPoliceStation(lineage('C1', 'S1', 'D'), ORGS)?.id).toBe('police-S1')
    expect(coveringPoliceStation(lineage('D'), ORGS)).toBeNull()
  })
})

describe('matchRegion', () => {
  it.each([
    ['九龙坡区杨家坪街道团结路社区', 'C1'],
    ['我住团结路那边', 'C1'],
    ['谢家湾街道', 'S2'],
    ['九龙坡区', 'D'],
    ['北京市朝阳区', null],
  ])('%s → %s', (text, code) => {
    expect(matchRegion(text, REGIONS)?.code ?? null).toBe(code)
  })
})
