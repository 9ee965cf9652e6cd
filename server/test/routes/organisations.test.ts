import { buildTestApp, type TestApp } from '../helpers/test-app'

describe('organisations and regions (public)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  it('lists the committees covering a community: its own, its street, the district and specialists', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations?type=mediation_committee&regionCode=500107001001',
    })
    const names = res.json().items.map((o: { name: string }) => o.name)
    expect(names).toEqual(
      expect.arrayContaining([
        '杨家坪街道团结路社区人民调解委员会',
        '九龙坡区杨家坪街道人民调解委员会',
        '九龙坡区人民调解委员会',
        '九龙坡区劳动争议人民调解委员会',
      ]),
    )
    expect(names).not.toContain('杨家坪街道西郊路社区人民调解委员会')
    expect(names).not.toContain('九龙坡区谢家湾街道人民调解委员会')
  })

  it('filters by speciality and type', async () => {
    const labour = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?speciality=labour' })
    expect(labour.json().items.map((o: { name: string }) => o.name)).toEqual(['九龙坡区劳动争议人民调解委员会'])
    const police = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations?type=police_station&regionCode=500107002001',
    })
    expect(police.json().items.map((o: { name: string }) => o.name)).toEqual(['重庆市公安局九龙坡区分局杨家坪派出所'])
  })

  it('walks the region tree one level at a time', async () => {
    const streets = await t.app.inject({ method: 'GET', url: '/api/v1/regions?parentCode=500107' })
    expect(streets.json().items.map((r: { name: string }) => r.name)).toEqual([
      '杨家坪街道',
      '谢家湾街道',
      '石桥铺街道',
    ])
  })

  it('rejects a bad filter value with a field-named error', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?type=bank' })
    expect(res.statusCode).toBe(400)
    expect(res.json().details[0].field).toBe('type')
  })
})
