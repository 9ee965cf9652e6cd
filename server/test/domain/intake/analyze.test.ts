import { analyzeNarrative, MAX_NARRATIVE_LENGTH } from '../../../src/domain/intake/analyze'

const TODAY = '2026-01-15'

/** Narratives in the style of justice-bureau case reports and residents' messages: type, amounts, dates. */
const NARRATIVES: Array<[string, string, number[], string[]]> = [
  [
    '申请人杨某某于2019年11月5日入职被申请人福清市某安防工程公司，从事安装工作，月工资4500元。2020年7月离职时，公司尚拖欠其工资共计25320元，经多次催讨未果。',
    'wage_arrears',
    [4500, 25320],
    ['2019-11-05', '2020-07'],
  ],
  [
    '2023年5月12日上午，刘某驾驶电动自行车行驶至某路口时，与陈某驾驶的小型轿车发生碰撞，造成刘某左腿骨折。经交警部门认定，陈某负事故主要责任。刘某住院治疗28天，花去医疗费4.3万余元。',
    'traffic_accident',
    [43000],
    ['2023-05-12'],
  ],
  [
    '2018年，被申请人黄某因资金周转困难向申请人陈某借款20万元，约定月息1分，2019年12月31日前还清。借款到期后，黄某仅归还本金5万元，余款15万元及利息至今未还。',
    'private_loan',
    [200000, 50000, 150000],
    ['2018', '2019-12-31'],
  ],
  [
    '2020年9月，购房人余某与某房地产开发有限公司签订商品房买卖合同，约定2022年6月30日前交房。余某已付清全部房款128万元，但开发商至2023年3月才交房。',
    'property_delivery',
    [1280000],
    ['2020-09', '2022-06-30', '2023-03'],
  ],
  [
    '2017年，某村委会将集体所有的50亩耕地流转给某农业合作社，约定每亩每年流转费800元，流转期限十年。自2021年起，合作社拖欠流转费，共计12万元。',
    'land_contract',
    [800, 120000],
    ['2017', '2021'],
  ],
  ['老刘去年借了我3万5，说好上个月还，到现在一分没还，电话也不接。', 'private_loan', [35000], ['2025', '2025-12']],
  ['我在某培训机构给孩子报了英语课，交了25320的课时费，上了不到10节课机构就关门了。', 'education_refund', [25320], []],
  ['房东张先生不退我3000元押金，说墙弄脏了要扣，我是去年9月搬走的。', 'house_rental', [3000], ['2025-09']],
  [
    '业主王某自2020年1月起以物业服务质量差为由拒交物业费，截至2023年6月共拖欠物业费8640元，物业公司多次催缴无果。',
    'property_management',
    [8640],
    ['2020-01', '2023-06'],
  ],
  [
    '被申请人某公司承建的项目工地上，申请人周某在高空作业时不慎坠落，造成腰椎骨折，经鉴定为九级伤残。公司未为周某缴纳工伤保险。周某要求公司赔偿各项损失共计人民币壹拾贰万元整。',
    'work_injury',
    [120000],
    [],
  ],
  [
    '2024年11月3日晚8时许，被申请人驾驶的渝A12345号小轿车在杨家坪步行街附近将申请人撞伤，申请人花费医疗费32,150.60元，联系电话13800138000。',
    'traffic_accident',
    [32150.6],
    ['2024-11-03'],
  ],
  [
    '工程结束后包工头李某拖欠12名农民工工资共计23.6万元，每人一万多块，农民工多次讨要无果。',
    'wage_arrears',
    [236000, 10000],
    [],
  ],
  [
    '张某某于2020年3月入职某餐饮管理有限公司，2022年8月15日公司以经营困难为由解除劳动合同，未支付经济补偿。张某某要求支付经济补偿金2.5万元及未休年假工资3000元。',
    'labor_termination',
    [25000, 3000],
    ['2020-03', '2022-08-15'],
  ],
  ['我家房子被征收了，拆迁办给的补偿款只有40多万元，周边都卖2万一平。', 'land_expropriation', [400000], []],
]

describe('analyzeNarrative', () => {
  it.each(NARRATIVES)('%s', (text, type, amounts, dates) => {
    const result = analyzeNarrative(text, TODAY)
    expect(result.disputeType).toBe(type)
    expect(result.facts.amounts.map((a) => a.value)).toEqual(amounts)
    expect(result.facts.dates.map((d) => d.value)).toEqual(dates)
  })

  it('returns the contract shape with original wording and no internal offsets', () => {
    const result = analyzeNarrative('我在九龙坡区杨家坪街道的某公司上班，老板欠我３万５千元工资，我不想活了', TODAY)
    expect(result.facts.amounts).toEqual([
      { value: 35000, text: '３万５千元', approximate: false, label: 'wage_owed', labelName: '工资' },
    ])
    expect(result.facts.location).toMatchObject({ district: '九龙坡区', street: '杨家坪街道' })
    expect(result.facts.parties[0]).toEqual({
      name: '我',
      kind: 'person',
      role: 'applicant',
      roleName: '申请人',
      side: 'applicant',
    })
    expect(result.risk.level).toBe('urgent')
    expect(result.missing).toEqual(expect.arrayContaining(['employment_start', 'still_employed', 'claim']))
    expect(JSON.stringify(result)).not.toMatch(/"start"|"end"/)
  })

  it('refuses text longer than the limit', () => {
    expect(() => analyzeNarrative('欠'.repeat(MAX_NARRATIVE_LENGTH + 1), TODAY)).toThrow(RangeError)
  })

  it('handles empty-ish input as other with no facts', () => {
    const result = analyzeNarrative('。', TODAY)
    expect(result).toMatchObject({
      disputeType: 'other',
      facts: { amounts: [], dates: [], durations: [], parties: [] },
    })
  })
})
