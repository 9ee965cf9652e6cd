import { extractParties, narratorParty } from '../../../src/domain/intake/parties'
import { normalizeText } from '../../../src/domain/intake/normalize'

const partiesOf = (text: string) =>
  extractParties(normalizeText(text)).map((p) => [p.name, p.kind, p.role ?? null, p.side ?? null])

describe('extractParties', () => {
  it.each<[string, Array<[string, string, string | null, string | null]>]>([
    [
      '申请人杨某某与被申请人福清市某安防工程公司劳动争议',
      [
        ['杨某某', 'person', 'applicant', 'applicant'],
        ['福清市某安防工程公司', 'organisation', 'respondent', 'respondent'],
      ],
    ],
    [
      '申请人杨学军与被申请人陈永福因借款纠纷',
      [
        ['杨学军', 'person', 'applicant', 'applicant'],
        ['陈永福', 'person', 'respondent', 'respondent'],
      ],
    ],
    [
      '原告王某诉被告李某某',
      [
        ['王某', 'person', 'applicant', 'applicant'],
        ['李某某', 'person', 'respondent', 'respondent'],
      ],
    ],
    ['我在某培训机构报名了课程', [['某培训机构', 'organisation', 'training_provider', 'respondent']]],
    ['房东张先生不退押金', [['张先生', 'person', 'landlord', 'respondent']]],
    ['老刘欠我工资', [['老刘', 'person', 'employer', 'respondent']]],
    ['王某拖欠工资8600元', [['王某', 'person', 'employer', 'respondent']]],
    ['李女士和她丈夫', [['李女士', 'person', null, null]]],
    ['我在一家装修公司上班', [['装修公司', 'organisation', 'employer', 'respondent']]],
    [
      '福州市鼓楼区某某餐饮有限公司拖欠工资',
      [['福州市鼓楼区某某餐饮有限公司', 'organisation', 'employer', 'respondent']],
    ],
    ['2019年入职福建某建设工程有限公司', [['福建某建设工程有限公司', 'organisation', 'employer', 'respondent']]],
    [
      '小王和老李',
      [
        ['小王', 'person', null, null],
        ['老李', 'person', null, null],
      ],
    ],
    [
      '患者林某到某县人民医院就诊',
      [
        ['林某', 'person', 'patient', 'applicant'],
        ['某县人民医院', 'organisation', 'medical_institution', 'respondent'],
      ],
    ],
    ['被申请人某医院', [['某医院', 'organisation', 'respondent', 'respondent']]],
    [
      '购房人余某与某房地产开发有限公司签订合同',
      [
        ['余某', 'person', null, null],
        ['某房地产开发有限公司', 'organisation', 'developer', 'respondent'],
      ],
    ],
    [
      '业主王某拒交物业费，物业公司多次催缴',
      [
        ['王某', 'person', 'owner', null],
        ['物业公司', 'organisation', 'property_manager', 'respondent'],
      ],
    ],
    [
      '李某驾驶小型轿车与骑车的王某某相撞',
      [
        ['李某', 'person', 'driver', 'respondent'],
        ['王某某', 'person', null, null],
      ],
    ],
    [
      '某村委会将耕地流转给某农业合作社',
      [
        ['某村委会', 'organisation', null, null],
        ['某农业合作社', 'organisation', null, null],
      ],
    ],
    ['欧阳某某向我借钱', [['欧阳某某', 'person', 'borrower', 'respondent']]],
    ['找了王律师', [['王律师', 'person', null, null]]],
    ['李某在某小区租住房屋', [['李某', 'person', 'tenant', 'applicant']]],
    ['刘某驾驶电动自行车行驶至路口', [['刘某', 'person', 'driver', 'respondent']]],
    ['张某某要求公司支付补偿', [['张某某', 'person', null, null]]],
    ['被申请人陆续向申请人借款', []],
    ['申请人曾多次催讨', []],
    ['上了不到10节课机构就关门了', []],
    ['这家公司', []],
    ['我们小区的老人', []],
    ['小时候', []],
    ['老板不给钱', []],
  ])('%s', (text, expected) => {
    expect(partiesOf(text)).toEqual(expected)
  })

  it('lists each name once, keeping the role found at any mention', () => {
    expect(partiesOf('王某说没钱。被申请人王某至今未付')).toEqual([['王某', 'person', 'respondent', 'respondent']])
  })
})

describe('narratorParty', () => {
  it('makes the first-person narrator the applicant', () => {
    expect(narratorParty('我在工地干活')).toMatchObject({ name: '我', role: 'applicant', side: 'applicant' })
    expect(narratorParty('申请人杨某某诉称')).toBeNull()
  })
})
