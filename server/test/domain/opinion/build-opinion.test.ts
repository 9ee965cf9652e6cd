import { OPINION_SECTION_KEYS } from '@contract/opinions'
import { buildOpinion } from '../../../src/domain/opinion/build-opinion'
import { runCalculator } from '../../../src/domain/calculators/registry'
import { AppError } from '../../../src/lib/app-error'
import { labourCase } from './opinion-fixture'

const textOf = (opinion: ReturnType<typeof buildOpinion>) => JSON.stringify(opinion.sections)

describe('buildOpinion', () => {
  const input = labourCase()
  const opinion = buildOpinion(input)

  it('has every section of legal-reference §6.5, in order', () => {
    expect(opinion.sections.map((s) => s.key)).toEqual([...OPINION_SECTION_KEYS])
    for (const section of opinion.sections) expect(section.blocks.length).toBeGreaterThan(0)
  })

  it('uses exactly the calculator results, item by item', () => {
    input.calculations.forEach((request, index) => {
      const direct = runCalculator(request.kind, request.input)
      expect(opinion.calculations[index].total).toBe(direct.total)
      expect(opinion.calculations[index].items).toEqual(direct.items)
    })
    // illegal termination: 2 years 6 months → N 3 × 8000 × 2; double wages: 11 months; penalty 1000 × 70%.
    expect(opinion.calculations.map((c) => c.total)).toEqual([48000, 88000, 1000])
    expect(opinion.calculations.map((c) => c.payable)).toEqual([48000, 88000, 700])
    expect(opinion.total).toEqual({ amount: 136700, inWords: '人民币壹拾叁万陆仟柒佰元整' })
  })

  it('prints every calculator amount and formula in the calculation table', () => {
    const table = opinion.sections.find((s) => s.key === 'analysis')!.blocks.find((b) => b.type === 'table')
    if (table?.type !== 'table') throw new Error('no table')
    const cells = table.rows.flat()
    for (const calculation of opinion.calculations) {
      for (const item of calculation.items) {
        expect(cells).toContain(item.amount.toFixed(2))
        expect(cells).toContain(item.formula)
      }
    }
    expect(table.rows.at(-1)).toEqual(['合计', '', '137000.00', '', '136700.00'])
    expect(cells).toContain('70%')
  })

  it('states the total and the settlement range in figures and in capitals', () => {
    expect(opinion.settlementRange.low).toEqual({ amount: 109360, inWords: '人民币壹拾万玖仟叁佰陆拾元整' })
    const conclusion = JSON.stringify(opinion.sections.find((s) => s.key === 'conclusion'))
    expect(conclusion).toContain('136700.00 元（人民币壹拾叁万陆仟柒佰元整）')
    expect(conclusion).toContain('109360.00 元')
  })

  it('marks who stated each fact', () => {
    const facts = opinion.sections.find((s) => s.key === 'facts')!.blocks.filter((b) => b.type === 'fact')
    expect(facts).toHaveLength(2)
    for (const fact of facts) if (fact.type === 'fact') expect(fact.statedBy).toBe('申请人张三')
  })

  it('cites the articles behind every calculation, with a summary, and PIPL 24 in the limitations', () => {
    const laws = opinion.sections.find((s) => s.key === 'law')!.blocks
    const cited = laws.map((b) => (b.type === 'law' ? `${b.law}${b.article}` : ''))
    expect(cited).toContain('中华人民共和国劳动合同法第八十七条')
    expect(cited).toContain('中华人民共和国劳动合同法实施条例第七条')
    for (const law of laws) if (law.type === 'law') expect(law.summary.length).toBeGreaterThan(10)
    const limits = JSON.stringify(opinion.sections.find((s) => s.key === 'limitations'))
    expect(limits).toContain('不具有法律约束力')
    expect(limits).toContain('个人信息保护法第二十四条')
    expect(limits).toContain('人民调解员人工处理')
  })

  it('lists the calculators warnings as assumptions and dates the letter in Beijing time', () => {
    const text = textOf(opinion)
    expect(text).toContain('计算所依据的假设与提示')
    expect(text).toContain('未核对三倍封顶')
    expect(text).toContain('2026年11月26日')
    expect(opinion.generatorVersion).toMatch(/^tiaojie-opinion \d+\.\d+\.\d+$/)
  })

  it('refuses only when there are no usable facts or no parties', () => {
    const refusal = (override: Parameters<typeof labourCase>[0]) => {
      try {
        buildOpinion(labourCase(override))
      } catch (error) {
        return error as AppError
      }
      throw new Error('should have refused')
    }
    const noFacts = refusal({ calculations: [], facts: [] })
    expect(noFacts.code).toBe('OPINION_FACTS_MISSING')
    expect(noFacts.details).toEqual([{ field: 'facts', message: '缺少事实陈述' }])
    expect(refusal({ parties: [{ role: 'applicant', name: '张三' }] }).details).toEqual([
      { field: 'parties', message: '缺少被申请人' },
    ])
  })

  it('without any established amount, writes the letter without a table and says what must be clarified', () => {
    const letter = buildOpinion(
      labourCase({ calculations: [], missingFacts: ['离职前12个月平均工资（计算经济补偿）'] }),
    )
    const analysis = letter.sections.find((s) => s.key === 'analysis')!
    expect(analysis.blocks.some((b) => b.type === 'table')).toBe(false)
    expect(JSON.stringify(analysis)).toContain('离职前12个月平均工资（计算经济补偿）')
    expect(JSON.stringify(letter.sections.find((s) => s.key === 'conclusion'))).toContain(
      '尚不能确定申请人可主张的金额',
    )
    expect(letter.total.amount).toBe(0)
  })

  it('adds claimed amounts to the table and the total, and does not discount certain debts in the range', () => {
    const letter = buildOpinion(
      labourCase({
        calculations: [{ kind: 'notice-pay', input: { monthlyWage: 6000 } }],
        claimedItems: [
          { label: '拖欠工资', amount: 18000, formula: '按申请人陈述', basis: [], settleInFull: true },
          { label: '押金', amount: 1000, formula: '按申请人陈述', basis: [] },
        ],
      }),
    )
    expect(letter.calculations.map((c) => c.total)).toEqual([runCalculator('notice-pay', { monthlyWage: 6000 }).total])
    expect(letter.total.amount).toBe(6000 + 18000 + 1000)
    expect(letter.settlementRange.low.amount).toBe(4800 + 18000 + 800)
    const table = letter.sections.find((s) => s.key === 'analysis')!.blocks.find((b) => b.type === 'table')
    if (table?.type !== 'table') throw new Error('no table')
    expect(table.rows).toContainEqual(['拖欠工资', '按申请人陈述（申请人主张）', '18000.00', '—', '18000.00'])
    expect(table.rows.at(-1)).toEqual(['合计', '', '25000.00', '', '25000.00'])
  })

  it('names the field of a bad calculation with its position', () => {
    try {
      buildOpinion(labourCase({ calculations: [{ kind: 'notice-pay', input: { monthlyWage: -1 } }] }))
      throw new Error('should have thrown')
    } catch (error) {
      expect((error as AppError).details?.[0].field).toBe('calculations[0].input.monthlyWage')
    }
  })
})
