import { buildOpinion } from '../../../src/domain/opinion/build-opinion'
import { opinionPartsFromIntake, type IntakeSources } from '../../../src/domain/opinion/from-intake-facts'
import { runCalculator } from '../../../src/domain/calculators/registry'
import { figureLookup, figureSource, intakeCase, slot } from './intake-fixture'

/** The opinion for an intake case, built exactly as the service does. */
function opinionFor(sources: IntakeSources) {
  const parts = opinionPartsFromIntake(sources)
  const document = buildOpinion(
    {
      caseNumber: 'TJ-2026-000001',
      caseTitle: '测试案件',
      disputeTypeLabel: sources.disputeType,
      parties: [
        { role: 'applicant', name: '张三' },
        { role: 'respondent', name: '某某公司' },
      ],
      ...parts,
      generatedAt: '2026-01-01T02:00:00.000Z',
    },
    { figures: figureLookup },
  )
  return { parts, document, text: JSON.stringify(document.sections) }
}

const labourBase = () => ({
  caseNumber: 'TJ-2026-000003',
  caseTitle: '测试',
  disputeTypeLabel: '劳动',
  parties: [
    { role: 'applicant' as const, name: '张三' },
    { role: 'respondent' as const, name: '某某公司' },
  ],
  generatedAt: '2026-01-01T02:00:00.000Z',
})

describe('opinionPartsFromIntake: labour', () => {
  const dismissal = {
    termination_initiator: slot('employer'),
    average_monthly_wage: slot(8000, { display: '8,000元' }),
    employment_start: slot('2021-03-01'),
    employment_end: slot('2023-08-31'),
    has_contract: slot('yes'),
  }

  it('labor_termination: an unlawful dismissal in the story → illegal-termination at twice N × wage', () => {
    const { parts, document, text } = opinionFor(
      intakeCase('labor_termination', dismissal, '公司无故辞退我，没有任何理由'),
    )
    expect(parts.calculations).toEqual([
      {
        kind: 'illegal-termination',
        input: { averageMonthlyWage: 8000, startDate: '2021-03-01', endDate: '2023-08-31' },
      },
    ])
    expect(document.total.amount).toBe(48000) // 2 years 6 months → N = 3 × 8000 × 2
    expect(text).toContain('按申请人陈述的离职前12个月平均工资8000元计算')
    expect(text).toContain('违法解除')
  })

  it('labor_termination: a dismissal without unlawfulness → economic compensation; no contract adds double wages', () => {
    const { parts, document } = opinionFor(
      intakeCase('labor_termination', { ...dismissal, has_contract: slot('no') }, '公司经营困难裁员'),
    )
    expect(parts.calculations.map((c) => c.kind)).toEqual(['economic-compensation', 'double-wages'])
    expect(parts.calculations[1].input).toEqual({ monthlyWage: 8000, hireDate: '2021-03-01', endDate: '2023-08-31' })
    expect(document.total.amount).toBe(24000 + 88000)
  })

  it('labor_termination: a date known only to the month is read as the first day and the assumption stated', () => {
    const { parts } = opinionFor(intakeCase('labor_termination', { ...dismissal, employment_start: slot('2021-03') }))
    expect(parts.calculations[0].input.startDate).toBe('2021-03-01')
    expect(parts.assumptions!.join()).toContain('陈述未具体到日，按当期首日2021-03-01计算')
  })

  it('labor_termination: a calculation the stated dates make impossible is listed to clarify, not refused', () => {
    const sources = intakeCase('labor_termination', { ...dismissal, employment_end: slot('2020-01-31') }, '公司裁员')
    const parts = opinionPartsFromIntake(sources)
    const document = buildOpinion({
      caseNumber: 'TJ-2026-000002',
      caseTitle: '测试',
      disputeTypeLabel: '劳动',
      parties: [
        { role: 'applicant', name: '张三' },
        { role: 'respondent', name: '某某公司' },
      ],
      ...parts,
      derivedCalculations: true,
      generatedAt: '2026-01-01T02:00:00.000Z',
    })
    expect(document.calculations).toEqual([])
    expect(JSON.stringify(document.sections)).toContain('经济补偿：')
    expect(JSON.stringify(document.sections)).toContain('（请核实陈述）')
    expect(() => buildOpinion({ ...parts, ...labourBase(), derivedCalculations: false })).toThrow()
  })

  it('labor_termination: own resignation gives no compensation, stated as such, and the letter has no table', () => {
    const { parts, document, text } = opinionFor(
      intakeCase('labor_termination', { ...dismissal, termination_initiator: slot('employee') }, '我自己辞职了'),
    )
    expect(parts.calculations).toEqual([])
    expect(document.total.amount).toBe(0)
    expect(text).toContain('依法一般无经济补偿')
    expect(text).not.toContain('"type":"table"')
  })

  const arrears = {
    owed_amount: slot(18000),
    owed_period: slot('2025-03/2025-06', { display: '2025年3月至2025年6月' }),
    still_employed: slot('no'),
    employment_start: slot('2025-03-01'),
    employment_end: slot('2025-12-20'),
    monthly_wage: slot(6000, { text: '每月工资6000元' }),
  }

  it('wage_arrears: the wages owed as a claimed amount, plus economic compensation when the worker quit over them', () => {
    const { parts, document, text } = opinionFor(
      intakeCase('wage_arrears', arrears, '老板一直拖欠工资，我因为拖欠工资只好辞职了'),
    )
    expect(parts.claimedItems).toMatchObject([{ label: '拖欠工资', amount: 18000, settleInFull: true }])
    expect(parts.calculations).toEqual([
      {
        kind: 'economic-compensation',
        input: { averageMonthlyWage: 6000, startDate: '2025-03-01', endDate: '2025-12-20' },
      },
    ])
    expect(document.total.amount).toBe(24000) // 18000 owed + N = 1 × 6000
    expect(document.settlementRange.low.amount).toBe(18000 + 4800) // wages owed are not discounted
    const laws = document.sections.find((s) => s.key === 'law')!.blocks
    const cited = laws.map((b) => (b.type === 'law' ? `${b.law}${b.article}` : ''))
    expect(cited).toEqual(expect.arrayContaining(['中华人民共和国劳动合同法第三十条', '中华人民共和国劳动法第五十条']))
    expect(text).toContain('是否还在职：已经不干了')
  })

  it('wage_arrears: without the reason for leaving, only the wages owed, and the reason is listed as missing', () => {
    const { parts, document } = opinionFor(intakeCase('wage_arrears', arrears, '老板欠我工资'))
    expect(parts.calculations).toEqual([])
    expect(document.total.amount).toBe(18000)
    expect(parts.missingFacts!.join()).toContain('离职原因')
  })

  it('wage_arrears: a daily wage is converted with 21.75 paid days', () => {
    const daily = { ...arrears, monthly_wage: slot(300, { text: '每天300元' }) }
    const { parts } = opinionFor(intakeCase('wage_arrears', daily, '因为老板拖欠工资我辞职了'))
    expect(parts.calculations[0].input.averageMonthlyWage).toBe(6525)
  })

  it('work_injury: disability subsidy by grade and stoppage wages from the stated period', () => {
    const { parts, document } = opinionFor(
      intakeCase('work_injury', {
        injury_recognised: slot('yes'),
        employer_insured: slot('yes'),
        disability_grade: slot('grade_9'),
        monthly_wage: slot(5000),
        stoppage_months: slot('P3M'),
      }),
    )
    expect(parts.calculations).toEqual([
      { kind: 'work-injury-disability-subsidy', input: { grade: 9, ownMonthlyWage: 5000 } },
      { kind: 'work-injury-stoppage-wages', input: { monthlyWage: 5000, months: 3 } },
    ])
    expect(document.total.amount).toBe(45000 + 15000)
  })

  it('work_injury: without recognition or appraisal, says what is missing and computes nothing it cannot', () => {
    const { parts } = opinionFor(intakeCase('work_injury', { injury_recognised: slot('no'), monthly_wage: slot(5000) }))
    expect(parts.calculations).toEqual([])
    const missing = parts.missingFacts!.join()
    expect(missing).toContain('工伤认定决定书')
    expect(missing).toContain('伤残等级')
    expect(missing).toContain('停工留薪期')
  })
})

describe('opinionPartsFromIntake: injuries', () => {
  it('traffic_accident: heads whose inputs are present, scaled by the liability share; regional meal rate', () => {
    const sources = {
      ...intakeCase('traffic_accident', {
        liability: slot('other_main'),
        injury: slot('injury'),
        lost_work_days: slot('P30D'),
        monthly_income: slot(6000),
        hospital_days: slot('P10D'),
        losses: slot(30000),
      }),
      figures: figureSource,
    }
    const { parts, document, text } = opinionFor(sources)
    expect(parts.calculations).toEqual([
      { kind: 'lost-income', input: { days: 30, monthlyIncome: 6000 }, responsibilityRatio: 0.7 },
      { kind: 'hospital-meal', input: { days: 10, region: '990000', year: 2025 }, responsibilityRatio: 0.7 },
    ])
    expect(document.total.amount).toBe(4200 + 700)
    expect(text).toContain('对方承担 70% 的赔偿责任')
  })

  it('traffic_accident: without regional figures a head is listed as missing rather than refused', () => {
    const { parts } = opinionFor(
      intakeCase('traffic_accident', {
        liability: slot('other_full'),
        injury: slot('injury'),
        hospital_days: slot('P10D'),
      }),
    )
    expect(parts.calculations).toEqual([])
    expect(parts.missingFacts!.join()).toContain('住院伙食补助费标准')
  })

  it('personal_injury: disability compensation from grade and age with the regional income, plus medical costs', () => {
    const { parts, document } = opinionFor({
      ...intakeCase('personal_injury', {
        injury_severity: slot('disability'),
        medical_cost: slot(20000),
        victim_age: slot('40岁'),
        disability_grade: slot('10级'),
      }),
      figures: figureSource,
    })
    expect(parts.calculations).toEqual([
      { kind: 'disability-compensation', input: { age: 40, grade: 10, region: '990000', year: 2025 } },
    ])
    const direct = runCalculator('disability-compensation', parts.calculations[0].input, { figures: figureLookup })
    expect(direct.total).toBe(100000) // 50000 × 20 years × 10%
    expect(document.total.amount).toBe(direct.total + 20000)
  })

  it('medical: death compensation and funeral costs by region, medical costs claimed, appraisal missing', () => {
    const { parts, document } = opinionFor({
      ...intakeCase('medical', { outcome: slot('death'), victim_age: slot(50), medical_cost: slot(30000) }),
      figures: figureSource,
    })
    expect(parts.calculations.map((c) => c.kind)).toEqual(['death-compensation', 'funeral'])
    expect(document.total.amount).toBe(1000000 + 60000 + 30000)
    expect(parts.missingFacts!.join()).toContain('医疗损害鉴定意见')
  })
})

describe('opinionPartsFromIntake: contracts and others', () => {
  it('property_delivery: late-delivery penalty from the clause, the price and the dates', () => {
    const { parts, document } = opinionFor(
      intakeCase('property_delivery', {
        total_price: slot(1000000),
        agreed_delivery_date: slot('2025-06-30'),
        delivered: slot('yes'),
        actual_delivery_date: slot('2025-10-08'),
        penalty_clause: slot('逾期交房的，每日按总房款万分之一支付违约金'),
      }),
    )
    expect(parts.calculations).toEqual([
      {
        kind: 'late-delivery-penalty',
        input: { price: 1000000, dailyRate: 0.0001, agreedDate: '2025-06-30', deliveredDate: '2025-10-08' },
      },
    ])
    expect(document.total.amount).toBe(runCalculator('late-delivery-penalty', parts.calculations[0].input).total)
    expect(document.total.amount).toBe(10000) // 100 days
  })

  it('private_loan: outstanding principal claimed and interest at the stated rate to the date of the letter', () => {
    const { parts, document } = opinionFor(
      intakeCase('private_loan', {
        my_role: slot('lender'),
        principal: slot(50000),
        loan_date: slot('2025-01-01'),
        interest_agreed: slot('yes'),
        interest_rate: slot('月息1分'),
      }),
    )
    expect(parts.calculations).toEqual([
      {
        kind: 'loan-interest',
        input: { principal: 50000, annualRate: 0.12, startDate: '2025-01-01', endDate: '2026-01-01' },
      },
    ])
    expect(document.total.amount).toBe(50000 + 6000)
  })

  it('house_rental: the deposit the tenant claims', () => {
    const { document } = opinionFor(
      intakeCase('house_rental', { my_role: slot('tenant'), issue: slot('deposit_not_returned'), deposit: slot(3000) }),
    )
    expect(document.total.amount).toBe(3000)
  })

  it('education_refund: pro rata of the unused lessons', () => {
    const { parts, document } = opinionFor(
      intakeCase('education_refund', {
        amount_paid: slot(4800),
        total_sessions: slot('一共48节'),
        sessions_used: slot('已上12节'),
        refund_reason: slot('provider_closed'),
      }),
    )
    expect(parts.claimedItems![0].formula).toContain('4800.00 元 × 未上课时 36 ÷ 购买课时 48')
    expect(document.total.amount).toBe(3600)
  })

  it('other types: the claimed amount with its basis, or a letter without a table saying what is missing', () => {
    expect(opinionFor(intakeCase('other', { amount: slot(2000) })).document.total.amount).toBe(2000)
    const { document, text } = opinionFor(intakeCase('neighbor', {}, '邻居家漏水到我家'))
    expect(document.total.amount).toBe(0)
    expect(text).toContain('申请人主张的具体金额')
    expect(text).toContain('尚不能确定')
  })
})

describe('opinionPartsFromIntake: facts, claims and evidence', () => {
  it('marks who stated each fact, lists uploaded and stated materials, and takes the claim', () => {
    const parts = opinionPartsFromIntake({
      ...intakeCase('other', {
        respondent: slot({ name: '李四', kind: 'person' }),
        description: slot('李四借我车后撞坏'),
        claim: slot('要求赔偿修车费2000元'),
        evidence: slot(['维修发票', '聊天记录']),
      }),
      narrative: '李四借了我的车撞坏了',
      uploadedFiles: ['发票.jpg'],
      factSheet: [{ statement: '车是李四借走的', statedBy: 'respondent', status: 'agreed' }],
    })
    expect(parts.facts).toEqual([
      { text: '李四借了我的车撞坏了', statedBy: '申请人张三' },
      { text: '事情经过：李四借我车后撞坏', statedBy: '申请人张三' },
      { text: '车是李四借走的（双方已确认）', statedBy: '被申请人某某公司' },
    ])
    expect(parts.claims).toEqual(['要求赔偿修车费2000元'])
    expect(parts.evidence).toEqual([
      { name: '发票.jpg', submittedBy: '申请人张三' },
      { name: '维修发票', submittedBy: '申请人张三', stated: true },
      { name: '聊天记录', submittedBy: '申请人张三', stated: true },
    ])
    expect(parts.claimedItems).toMatchObject([{ amount: 2000 }])
  })
})
