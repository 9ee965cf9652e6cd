import { CATALOGUE, type DisputeTypeCode } from '../../../src/domain/intake/catalogue'
import { answer, createIntake, currentQuestion, missing } from '../../../src/domain/intake/engine/dialogue'
import { TYPE_SLOT, type IntakeState } from '../../../src/domain/intake/engine/types'
import { buildOpinion } from '../../../src/domain/opinion/build-opinion'
import { opinionPartsFromIntake } from '../../../src/domain/opinion/from-intake-facts'
import { figureLookup, figureSource, intakeCase } from './intake-fixture'

/**
 * From the resident's story through the guided questions to the legal opinion: a resident who answers what the
 * robot asks gets computed amounts, not a list of missing facts.
 */

const TODAY = '2026-01-15'
const COMMON: Record<string, string> = {
  location: '鼓楼区东街街道三坊社区',
  claim: '要求对方赔偿各项损失',
  evidence: '病历、票据、聊天记录',
}

/** Answers every question the way a resident types them; an optional question without an answer is skipped. */
function converse(type: DisputeTypeCode, narrative: string, answers: Record<string, string>) {
  let state: IntakeState = createIntake(narrative, TODAY)
  const asked: string[] = []
  for (let turn = 0; turn < 60; turn++) {
    const q = currentQuestion(state)
    if (!q) break
    asked.push(q.slot)
    if (q.slot === TYPE_SLOT) {
      state = answer(state, { value: type })
      continue
    }
    const text = answers[q.slot] ?? COMMON[q.slot]
    if (text === undefined && q.required) throw new Error(`no answer for the required question ${q.slot}`)
    state = answer(state, { text: text ?? '跳过' })
  }
  expect(currentQuestion(state)).toBeNull()
  expect(state.disputeType).toBe(type)
  expect(missing(state)).toEqual([])
  return { state, asked }
}

/** The opinion for the finished intake, built as the service does. */
function opinionOf(state: IntakeState) {
  const parts = opinionPartsFromIntake({
    ...intakeCase(state.disputeType, state.slots, state.narrative),
    today: TODAY,
    figures: figureSource,
  })
  const document = buildOpinion(
    {
      caseNumber: 'TJ-2026-000009',
      caseTitle: '测试案件',
      disputeTypeLabel: CATALOGUE[state.disputeType].name,
      parties: [
        { role: 'applicant', name: '张三' },
        { role: 'respondent', name: '李四' },
      ],
      ...parts,
      generatedAt: '2026-01-15T02:00:00.000Z',
    },
    { figures: figureLookup },
  )
  return { parts, document, kinds: parts.calculations.map((c) => c.kind) }
}

const inputOf = (parts: ReturnType<typeof opinionOf>['parts'], kind: string) =>
  parts.calculations.find((c) => c.kind === kind)?.input

describe('intake → opinion: the questions give the calculators their inputs', () => {
  it('traffic accident: lost income, nursing, hospital meals and nutrition are computed at the liability share', () => {
    const { state, asked } = converse(
      'traffic_accident',
      '2025年11月3日，我骑电动车被李某驾驶的小轿车撞伤，交警认定对方主责，右腿骨折。',
      {
        respondent: '李某',
        accident_place: '鼓楼区东街路口',
        missed_work: '耽误了',
        lost_work_days: '90天',
        monthly_income: '每个月6000元',
        hospitalised: '住院了',
        hospital_days: '20天',
        needed_nursing: '有人照顾',
        nursing_days: '20天',
        nursing_daily_rate: '一天150元',
        nutrition_advised: '医生说了',
        nutrition_days: '30天',
        nutrition_daily_rate: '30元',
        insurance: '人保财险交强险',
        losses: '5万',
      },
    )
    expect(asked).toEqual(expect.arrayContaining(['lost_work_days', 'hospital_days', 'nursing_daily_rate']))
    const { parts, document, kinds } = opinionOf(state)
    expect(kinds.sort()).toEqual(['hospital-meal', 'lost-income', 'nursing', 'nutrition'])
    expect(inputOf(parts, 'lost-income')).toEqual({ days: 90, monthlyIncome: 6000 })
    expect(parts.calculations.every((c) => c.responsibilityRatio === 0.7)).toBe(true)
    // 20 days × the test province's 100 元 a day, at 70%.
    expect(document.calculations.find((c) => c.kind === 'hospital-meal')?.payable).toBe(1400)
    expect(document.total.amount).toBeGreaterThan(0)
    expect(parts.missingFacts).toBeDefined()
    expect(parts.missingFacts!.join()).not.toMatch(/误工|护理|住院/)
  })

  it('personal injury with a disability: disability compensation by grade and age, and the treatment heads', () => {
    const { state } = converse(
      'personal_injury',
      '2025年7月5日邻居王某把我推倒，我右腿骨折，评了十级伤残，医疗费花了1万2千元。',
      {
        respondent: '王某',
        injury_circumstance: '在楼道里被他推倒，右腿骨折',
        missed_work: '耽误了',
        lost_work_days: '三个月',
        monthly_income: '4500',
        hospital_days: '15天',
        needed_nursing: '有人照顾',
        nursing_days: '15天',
        nursing_daily_rate: '120',
        nutrition_advised: '没说',
        victim_age: '65岁',
        police_record: '报警了',
      },
    )
    expect(state.slots.disability_grade).toMatchObject({ value: 'grade_10', source: 'narrative' })
    const { parts, document, kinds } = opinionOf(state)
    expect(kinds.sort()).toEqual(['disability-compensation', 'hospital-meal', 'lost-income', 'nursing'])
    expect(inputOf(parts, 'disability-compensation')).toMatchObject({ age: 65, grade: 10 })
    expect(inputOf(parts, 'lost-income')).toEqual({ days: 90, monthlyIncome: 4500 })
    expect((parts.claimedItems ?? []).map((c) => [c.label, c.amount])).toEqual([['医疗费', 12000]])
    expect(document.total.amount).toBeGreaterThan(12000)
    expect(parts.missingFacts).toEqual([])
  })

  it('medical dispute with a worse condition: the injury heads after the appraisal', () => {
    const { state } = converse(
      'medical',
      '2025年8月我在某县人民医院做阑尾手术，医生操作失误把肠子弄破了，又住院治疗。',
      {
        patient: '本人',
        treatment_date: '2025年8月12日',
        alleged_fault: '手术操作失误，损伤肠道',
        missed_work: '耽误了',
        lost_work_days: '60天',
        monthly_income: '5000',
        hospital_days: '30天',
        needed_nursing: '没人照顾',
        nutrition_advised: '医生说了',
        nutrition_days: '60天',
        nutrition_daily_rate: '40',
        records_sealed: '是',
        appraisal: '是',
        medical_cost: '8万',
      },
    )
    // The story says the condition got worse and the patient went back to hospital: neither is asked again.
    expect(state.slots.outcome).toMatchObject({ value: 'injury', source: 'narrative' })
    expect(state.slots.hospitalised).toMatchObject({ value: 'yes', source: 'narrative' })
    const { parts, document, kinds } = opinionOf(state)
    expect(kinds.sort()).toEqual(['hospital-meal', 'lost-income', 'nutrition'])
    expect(inputOf(parts, 'nutrition')).toEqual({ days: 60, dailyRate: 40 })
    expect(document.total.amount).toBeGreaterThan(80000)
    expect(parts.missingFacts).toEqual([])
  })

  it('work injury: the disability subsidy and the stoppage wages', () => {
    const { state } = converse(
      'work_injury',
      '2025年6月3日我在某机械厂车间干活时右手被冲床压伤，厂里没给我交工伤保险，已经认定为工伤，评了九级伤残。',
      {
        respondent: '某机械厂',
        injury_circumstance: '在车间操作冲床时右手被压伤',
        recognition_date: '2025年9月1日',
        monthly_wage: '5000元',
        stoppage_months: '4个月',
        medical_cost: '3万',
        employment_ending: '否',
      },
    )
    const { parts, kinds } = opinionOf(state)
    expect(kinds.sort()).toEqual(['work-injury-disability-subsidy', 'work-injury-stoppage-wages'])
    expect(inputOf(parts, 'work-injury-stoppage-wages')).toEqual({ monthlyWage: 5000, months: 4 })
    expect(inputOf(parts, 'work-injury-disability-subsidy')).toMatchObject({ grade: 9, ownMonthlyWage: 5000 })
    expect(parts.missingFacts).toEqual([])
  })

  it('wage arrears after quitting over unpaid wages: the wages owed and the economic compensation', () => {
    const { state, asked } = converse(
      'wage_arrears',
      '我在九龙坡区杨家坪街道团结路社区附近的工地干活，包工头张某某拖欠我3万块工资，说好每月6000元，' +
        '去年6月以后就没再给过，我现在已经不在那里干了。',
      {
        employment_start: '2023年3月1日',
        employment_end: '2025年10月31日',
        termination_initiator: '因为欠工资，我不干了',
        has_contract: '签了',
        complained_before: '没有',
      },
    )
    expect(asked).toContain('termination_initiator')
    const { parts, document, kinds } = opinionOf(state)
    expect(kinds).toEqual(['economic-compensation'])
    expect(inputOf(parts, 'economic-compensation')).toMatchObject({
      averageMonthlyWage: 6000,
      startDate: '2023-03-01',
      endDate: '2025-10-31',
    })
    expect((parts.claimedItems ?? []).map((c) => [c.label, c.amount])).toEqual([['拖欠工资', 30000]])
    // 2 years 8 months → N = 3 months' wages, plus the 30000 owed.
    expect(document.total.amount).toBe(48000)
    expect(parts.missingFacts).toEqual([])
  })
})
