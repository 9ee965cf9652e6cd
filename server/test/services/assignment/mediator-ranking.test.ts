import { rankMediators, specialitiesFor, type MediatorProfile } from '../../../src/services/assignment/mediator-ranking'

const mediator = (userId: string, name: string, over: Partial<MediatorProfile> = {}): MediatorProfile => ({
  userId,
  name,
  specialities: [],
  areas: [],
  activeCases: 0,
  ...over,
})

const need = (over: Partial<Parameters<typeof rankMediators>[1]> = {}) => ({
  specialities: ['labour'],
  lineage: ['500107001001', '500107001', '500107'],
  requested: [] as string[],
  ...over,
})

describe('rankMediators', () => {
  it('puts speciality before load, then area, then the lighter load', () => {
    const ranked = rankMediators(
      [
        mediator('a', '甲', { activeCases: 0 }),
        mediator('b', '乙', { specialities: ['labour'], activeCases: 5 }),
        mediator('c', '丙', { specialities: ['labour'], activeCases: 1 }),
        mediator('d', '丁', { specialities: ['labour', 'family'], activeCases: 3, areas: ['500107001'] }),
      ],
      need(),
    )
    expect(ranked.map((r) => r.userId)).toEqual(['d', 'c', 'b', 'a'])
    expect(ranked[3]).toMatchObject({ specialityMatch: false, areaMatch: false })
  })

  it("puts a party's named mediator first (PML 19)", () => {
    const ranked = rankMediators(
      [mediator('x', '甲', { specialities: ['labour'] }), mediator('y', '乙', { activeCases: 9 })],
      need({ requested: ['y'] }),
    )
    expect(ranked.map((r) => [r.userId, r.requestedByParty])).toEqual([
      ['y', true],
      ['x', false],
    ])
  })

  it('treats every mediator as fitting a type without a speciality and breaks ties repeatably', () => {
    const profiles = [mediator('2', '王'), mediator('1', '王'), mediator('3', '李')]
    const ranked = rankMediators(profiles, need({ specialities: [] }))
    expect(ranked.every((r) => r.specialityMatch)).toBe(true)
    expect(ranked.map((r) => r.userId)).toEqual(['3', '1', '2'])
    expect(rankMediators([...profiles].reverse(), need({ specialities: [] })).map((r) => r.userId)).toEqual([
      '3',
      '1',
      '2',
    ])
  })

  it('maps dispute types to specialities through the intake catalogue', () => {
    expect(specialitiesFor('wage_arrears')).toEqual(['labour'])
    expect(specialitiesFor('medical')).toEqual(['medical'])
    expect(specialitiesFor('neighbor')).toEqual([])
    expect(specialitiesFor('no_such_type')).toEqual([])
  })
})
