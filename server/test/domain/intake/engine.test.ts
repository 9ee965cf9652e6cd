import { CATALOGUE, DISPUTE_TYPE_CODES, type DisputeTypeCode } from '../../../src/domain/intake/catalogue'
import {
  answer,
  back,
  correct,
  createIntake,
  currentQuestion,
  missing,
  progress,
  skip,
} from '../../../src/domain/intake/engine/dialogue'
import { IntakeInputError } from '../../../src/domain/intake/engine/errors'
import { TYPE_SLOT, type IntakeState, type Question } from '../../../src/domain/intake/engine/types'

const TODAY = '2026-01-15'

/** What a resident might type for each kind of question. */
function typedAnswer(q: Question): string {
  switch (q.kind) {
    case 'money':
      return '5000元'
    case 'date':
      return '2024年3月5日'
    case 'date_range':
      return '2024年3月至6月'
    case 'duration':
      return '两年'
    case 'party':
      return '张某'
    case 'choice':
      return q.choices![0].label
    case 'evidence':
      return '合同、聊天记录'
    default:
      return q.slot === 'location' ? '九龙坡区杨家坪街道团结路社区' : '对方至今不处理'
  }
}

function runToEnd(state: IntakeState): { state: IntakeState; asked: string[] } {
  const asked: string[] = []
  for (let i = 0; i < 50; i++) {
    const q = currentQuestion(state)
    if (!q) return { state, asked }
    asked.push(q.slot)
    state = answer(state, { text: typedAnswer(q) })
  }
  throw new Error('conversation did not end')
}

/** One narrative per type, with facts the engine must take from it without asking. */
const CONVERSATIONS: Array<[DisputeTypeCode, string, Record<string, unknown>]> = [
  [
    'wage_arrears',
    '我在九龙坡区杨家坪街道的重庆某建筑劳务有限公司工地干活，2025年3月1日进场，每月工资6000元，老板拖欠工资，还欠我18000元没给。',
    { owed_amount: 18000, monthly_wage: 6000, employment_start: '2025-03-01' },
  ],
  [
    'work_injury',
    '2025年6月3日我在某机械厂车间干活时右手被冲床压伤，厂里没给我交工伤保险，医疗费花了3万元。',
    { injury_date: '2025-06-03', employer_insured: 'no', medical_cost: 30000 },
  ],
  [
    'labor_termination',
    '我2021年4月入职某科技有限公司，2025年10月8日公司无故辞退我，没签劳动合同，也不给经济补偿。',
    {
      employment_start: '2021-04',
      employment_end: '2025-10-08',
      termination_initiator: 'employer',
      has_contract: 'no',
    },
  ],
  [
    'house_rental',
    '我去年3月租了房东张先生的房子，月租金2500元，押金5000元，上个月退租，房东不退押金。',
    { monthly_rent: 2500, deposit: 5000, issue: 'deposit_not_returned', my_role: 'tenant' },
  ],
  [
    'education_refund',
    '2025年5月我在某英语培训机构给孩子报了课，交了19800元，上了10节课机构就关门跑路了。',
    { amount_paid: 19800, refund_reason: 'provider_closed', student_minor: 'yes' },
  ],
  [
    'property_delivery',
    '2020年9月我和某房地产开发有限公司签订购房合同，约定2022年6月30日交房，总价128万元，开发商至今未交房。',
    { agreed_delivery_date: '2022-06-30', total_price: 1280000, delivered: 'no' },
  ],
  [
    'medical',
    '2025年8月我父亲在某县人民医院做手术，术后感染，医院存在误诊，父亲去世了。',
    { outcome: 'death', respondent: { name: '某县人民医院', kind: 'organisation' } },
  ],
  [
    'neighbor',
    '楼上邻居王某家卫生间漏水，把我家天花板泡坏了，维修花了3000元，找他好几次都不管。',
    { issue: 'water', loss: 3000 },
  ],
  [
    'land_contract',
    '2017年村委会把50亩耕地流转给某农业合作社，约定每年流转费800元一亩，合作社拖欠流转费12万元。',
    { dispute_kind: 'transfer_fee' },
  ],
  [
    'land_expropriation',
    '我家房子被征收，拆迁办给的拆迁补偿款只有50万元，补偿标准太低了。',
    { compensation_offered: 500000 },
  ],
  [
    'traffic_accident',
    '2025年11月3日，我骑电动车被李某驾驶的小轿车撞伤，交警认定对方全责，医疗费花了2万元。',
    { accident_date: '2025-11-03', police_report: 'yes', liability: 'other_full', injury: 'injury' },
  ],
  [
    'personal_injury',
    '2025年7月5日邻居家的狗把我咬伤了，狗咬伤打疫苗加治疗，医疗费花了2000元。',
    { injury_date: '2025-07-05', medical_cost: 2000 },
  ],
  [
    'private_loan',
    '老刘去年借了我3万5，没有利息，说好上个月还，到现在一分没还，有借条。',
    { principal: 35000, my_role: 'lender', has_iou: 'yes' },
  ],
  [
    'consumer',
    '2025年12月我在网上某商家买了一台冰箱，3999元，用了两个月就坏了，质量问题商家不给退货。',
    { amount_paid: 3999, problem: 'quality' },
  ],
  ['property_management', '我家小区物业公司乱收停车费，物业费每月200元，还不管电梯维修。', { issue: 'fee' }],
  [
    'marriage_family',
    '我父亲今年78岁，大哥二哥都不赡养，想让他们每人每月出800元赡养费。',
    { issue: 'support_elderly', amount: 800 },
  ],
  ['other', '我想咨询一下', {}],
]

describe('dialogue engine: a full conversation per dispute type', () => {
  it('covers every dispute type', () => {
    expect(CONVERSATIONS.map(([code]) => code).sort()).toEqual([...DISPUTE_TYPE_CODES].sort())
  })

  it.each(CONVERSATIONS)('%s', (code, narrative, prefilled) => {
    let state = createIntake(narrative, TODAY)
    if (!state.typeConfirmed) {
      expect(currentQuestion(state)!.slot).toBe(TYPE_SLOT)
      state = answer(state, { value: code })
    }
    expect(state.disputeType).toBe(code)
    for (const [key, value] of Object.entries(prefilled)) {
      expect(state.slots[key]).toMatchObject({ status: 'filled', value, source: 'narrative' })
    }
    const { state: done, asked } = runToEnd(state)
    // Facts the narrative gave are never asked again.
    for (const key of Object.keys(prefilled)) expect(asked).not.toContain(key)
    expect(currentQuestion(done)).toBeNull()
    expect(missing(done)).toEqual([])
    const p = progress(done)
    expect(p.answered).toBe(p.total)
    for (const slot of CATALOGUE[code].slots) {
      const s = done.slots[slot.key]
      if (!s || s.source === 'narrative') continue
      if (slot.kind === 'money') expect(s.value).toBe(5000)
      if (slot.kind === 'date') expect(s.value).toBe('2024-03-05')
      if (slot.kind === 'date_range') expect(s.value).toBe('2024-03/2024-06')
      if (slot.kind === 'party') expect(s.value).toEqual({ name: '张某', kind: 'person' })
      if (slot.kind === 'evidence') expect(s.value).toEqual(['合同', '聊天记录'])
      if (slot.kind === 'choice') expect(s.value).toBe(slot.choices![0].value)
    }
  })
})

const WAGE = '我在重庆某建筑劳务有限公司工地干活，每月工资6000元，老板拖欠工资18000元。'

describe('dialogue engine: corrections', () => {
  it('不对，是3万 corrects the latest answered money fact', () => {
    let s = createIntake('王某借了我钱一直不还', TODAY)
    while (currentQuestion(s)!.slot !== 'principal') s = answer(s, { text: typedAnswer(currentQuestion(s)!) })
    s = answer(s, { text: '2万' })
    expect(s.slots.principal.value).toBe(20000)
    const next = s.current
    s = answer(s, { text: '不对，是3万' })
    expect(s.slots.principal).toMatchObject({ value: 30000, source: 'correction' })
    expect(s.current).toBe(next)
  })

  it('a correction naming a fact changes that fact even if it came from the narrative', () => {
    let s = createIntake(WAGE, TODAY)
    expect(s.slots.monthly_wage.value).toBe(6000)
    s = correct(s, '工资不对，应该是每月6500')
    expect(s.slots.monthly_wage).toMatchObject({ value: 6500, source: 'correction' })
  })

  it('a date correction goes to the latest date answer', () => {
    let s = createIntake(WAGE, TODAY)
    s = answer(s, { text: '2024年3月5日' })
    s = answer(s, { text: '已经不干了' })
    s = answer(s, { text: '2025年12月1日' })
    s = answer(s, { text: '错了，是2025年11月30日' })
    expect(s.slots.employment_end.value).toBe('2025-11-30')
    expect(s.slots.employment_start.value).toBe('2024-03-05')
  })

  it('an unclear correction is refused with a Chinese message', () => {
    const s = createIntake('老王借了我两万块钱不还', TODAY)
    expect(() => correct(s, '不对')).toThrow(IntakeInputError)
  })
})

describe('dialogue engine: skips, unknowns and back', () => {
  it('skipping a required question keeps it missing; 不知道 marks it unknown', () => {
    let s = createIntake(WAGE, TODAY)
    const first = s.current!
    s = answer(s, { text: '跳过' })
    expect(s.slots[first].status).toBe('skipped')
    const second = s.current!
    s = answer(s, { text: '不知道' })
    expect(s.slots[second].status).toBe('unknown')
    expect(missing(s)).toEqual(expect.arrayContaining([first]))
  })

  it('back reopens the previous question with its earlier answer, and the conversation resumes from there', () => {
    let s = createIntake(WAGE, TODAY)
    s = answer(s, { text: '2024年3月5日' })
    const afterFirst = s.current
    const { state, previous } = back(s)
    expect(state.current).toBe('employment_start')
    expect(previous).toMatchObject({ value: '2024-03-05' })
    s = answer(state, { text: '2024年4月1日' })
    expect(s.slots.employment_start.value).toBe('2024-04-01')
    expect(s.current).toBe(afterFirst)
  })

  it('changing an answer removes follow-ups that no longer apply', () => {
    let s = createIntake('2025年6月3日我在某机械厂车间干活时右手被压伤，厂里没给我交工伤保险。', TODAY)
    while (s.current !== 'injury_recognised') s = answer(s, { text: typedAnswer(currentQuestion(s)!) })
    s = answer(s, { text: '是的，认定了' })
    expect(s.current).toBe('recognition_date')
    s = answer(s, { text: '2025年8月1日' })
    s = back(s).state
    s = back(s).state
    expect(s.current).toBe('injury_recognised')
    expect(s.slots.recognition_date).toBeUndefined()
    s = answer(s, { text: '还没有' })
    expect(s.current).not.toBe('recognition_date')
    expect(skip(s).slots.recognition_date).toBeUndefined()
  })

  it('back at the start is refused', () => {
    expect(() => back(createIntake(WAGE, TODAY))).toThrow(IntakeInputError)
  })
})

describe('dialogue engine: type confirmation and answers', () => {
  it('asks the resident to confirm the type when confidence is low, then keeps the narrative facts', () => {
    let s = createIntake('他欠我5000元', TODAY)
    expect(s.typeConfirmed).toBe(false)
    const q = currentQuestion(s)!
    expect(q.kind).toBe('dispute_type')
    expect(q.choices!.map((c) => c.value)).toEqual(expect.arrayContaining([...DISPUTE_TYPE_CODES]))
    s = answer(s, { text: '民间借贷' })
    expect(s.disputeType).toBe('private_loan')
    expect(s.slots.principal).toMatchObject({ value: 5000 })
  })

  it('takes extra facts from a free-text answer', () => {
    let s = createIntake('老板拖欠工资不给', TODAY)
    s = answer(s, { text: '重庆某餐饮有限公司' })
    expect(s.slots.respondent.value).toEqual({ name: '重庆某餐饮有限公司', kind: 'organisation' })
    s = answer(s, { text: '2024年3月5日入职，每月工资5500元' })
    expect(s.slots.employment_start.value).toBe('2024-03-05')
    expect(s.slots.monthly_wage).toMatchObject({ value: 5500, source: 'answer' })
  })

  it('accepts structured values from form controls and validates them', () => {
    let s = createIntake(WAGE, TODAY)
    s = answer(s, { value: '2024-03' })
    expect(s.slots.employment_start.display).toBe('2024年3月')
    s = answer(s, { value: 'no' })
    expect(() => answer(s, { value: 'yesterday' })).toThrow(IntakeInputError)
    expect(() => answer(s, { slot: 'owed_amount', value: -5 })).toThrow(IntakeInputError)
    s = answer(s, { slot: 'owed_amount', value: 18500 })
    expect(s.slots.owed_amount).toMatchObject({ value: 18500, source: 'edit' })
  })

  it('rejects answers it cannot read, naming the slot', () => {
    const s = createIntake(WAGE, TODAY)
    try {
      answer(s, { text: '随便吧' })
      throw new Error('expected an error')
    } catch (error) {
      expect(error).toBeInstanceOf(IntakeInputError)
      expect((error as IntakeInputError).field).toBe('employment_start')
      expect((error as IntakeInputError).code).toBe('INTAKE_ANSWER_INVALID')
    }
  })

  it('raises the risk level when a later answer contains threats', () => {
    let s = createIntake(WAGE, TODAY)
    expect(s.risk.level).toBe('none')
    s = answer(s, { text: '2024年3月5日，再不给钱我就跳楼' })
    expect(s.risk.level).toBe('urgent')
  })
})

describe('dialogue engine: correction targets by kind', () => {
  it('a date correction skips a more recent money answer', () => {
    let s = createIntake(WAGE, TODAY)
    s = answer(s, { text: '2024年3月5日' })
    s = answer(s, { slot: 'owed_amount', text: '19000元' })
    s = correct(s, '不对，是2024年4月5日')
    expect(s.slots.employment_start.value).toBe('2024-04-05')
    expect(s.slots.owed_amount.value).toBe(19000)
  })
})
