import { extractFacts } from '../../../src/domain/intake/analyze'
import { answer, correct, createIntake, setDisputeType } from '../../../src/domain/intake/engine/dialogue'
import { parseStructured } from '../../../src/domain/intake/engine/answers'
import { CATALOGUE } from '../../../src/domain/intake/catalogue'
import { IntakeInputError } from '../../../src/domain/intake/engine/errors'
import type { IntakeState } from '../../../src/domain/intake/engine/types'

const TODAY = '2026-11-26'
const clone = (s: IntakeState): IntakeState => JSON.parse(JSON.stringify(s)) as IntakeState

/** A wage intake that has already asked and answered the owed amount. */
function wageIntakeWithOwed(): IntakeState {
  const state = createIntake('我在九龙坡区杨家坪街道某某劳务公司工地干活，老板一直拖欠工资不给。', TODAY)
  return answer(state, { slot: 'owed_amount', text: '18000' })
}

describe('corrections that name the fact with a verb', () => {
  it.each([
    ['不对，欠的是3万5', 'owed_amount', 35000],
    ['不对，欠我的是两万三', 'owed_amount', 23000],
    ['错了，欠款应该是4.5万元', 'owed_amount', 45000],
    ['不对，一共欠了12000', 'owed_amount', 12000],
    ['不对，是5500', 'owed_amount', 5500],
    ['应该是八千', 'owed_amount', 8000],
    ['不对，月工资是6500块', 'monthly_wage', 6500],
  ])('%s → %s = %d', (text, slot, value) => {
    const next = correct(clone(wageIntakeWithOwed()), text)
    expect(next.slots[slot]).toMatchObject({ status: 'filled', value, source: 'correction' })
  })

  it('works for other types: 押金是 in a rental dispute', () => {
    const state = createIntake('房东不退我押金，我在杨家坪租的房子，押金3000元。', TODAY)
    expect(state.slots.deposit?.value).toBe(3000)
    const next = correct(clone(state), '不对，押金是3千5')
    expect(next.slots.deposit).toMatchObject({ value: 3500, source: 'correction' })
  })

  it('still refuses a correction with no amount in it', () => {
    expect(() => correct(clone(wageIntakeWithOwed()), '不对，欠的是很多钱')).toThrow(IntakeInputError)
  })
})

describe('dates read with their sentence context', () => {
  it('labels a date introduced by 以后/之后/起 with unpaid wages as the start of the arrears', () => {
    for (const text of ['今年6月以后就没再给过', '从去年10月之后工资就停发了', '2025年3月起一直拖欠工资']) {
      const [date] = extractFacts(text, TODAY).dates
      expect({ text, label: date?.label }).toEqual({ text, label: 'arrears_start' })
    }
  })

  it('keeps real hire dates as the employment start', () => {
    const [date] = extractFacts('2025年3月开始在工地上班', TODAY).dates
    expect(date.label).toBe('employment_start')
  })

  it('does not take the arrears start as the work start date', () => {
    const state = createIntake('我在某某劳务公司工地干活，今年6月以后就没再给过工资。', TODAY)
    expect(state.slots.employment_start).toBeUndefined()
    // …it is when the arrears began: the period runs from then to today.
    expect(state.slots.owed_period?.value).toBe('2026-06/2026-11-26')
    const answered = answer(clone(state), { slot: 'owed_amount', text: '一共欠3万元，今年6月以后就没再给过' })
    expect(answered.slots.employment_start).toBeUndefined()
  })

  it('answers the arrears period with an open range up to today', () => {
    const state = createIntake('我在某某劳务公司工地干活，老板拖欠工资。', TODAY)
    const answered = answer(clone(state), { slot: 'owed_period', text: '今年6月以后就没再给过' })
    expect(answered.slots.owed_period?.value).toBe('2026-06/2026-11-26')
  })
})

describe('yes/no choices answered in words', () => {
  const base = () => createIntake('某某劳务公司老板拖欠我工资18000元。', TODAY)
  it.each([
    ['我现在已经不在那里干了', 'no'],
    ['不在那干了', 'no'],
    ['辞职了', 'no'],
    ['上个月被辞退了', 'no'],
    ['已经离职', 'no'],
    ['早就不干了', 'no'],
    ['没在那上班了', 'no'],
    ['还在干', 'yes'],
    ['我还在那上班', 'yes'],
    ['没离职，还在那', 'yes'],
    ['是的', 'yes'],
  ])('%s → %s', (text, value) => {
    const next = answer(clone(base()), { slot: 'still_employed', text })
    expect(next.slots.still_employed?.value).toBe(value)
  })

  it('a negated keyword does not choose the option it names (当时没有报警)', () => {
    const state = setDisputeType(createIntake('邻居把我打伤了，住院花了5000元。', TODAY), 'personal_injury')
    const next = answer(clone(state), { slot: 'police_record', text: '当时没有报警' })
    expect(next.slots.police_record?.value).toBe('no')
  })
})

describe('party value with a phone', () => {
  const slot = CATALOGUE.wage_arrears.slots.find((s) => s.key === 'respondent')!
  it('normalises a valid mobile number', () => {
    const state = parseStructured(slot, { name: '张三', kind: 'person', phone: '+86 138-0000-1234' }, 'answer')
    expect(state.value).toEqual({ name: '张三', kind: 'person', phone: '13800001234' })
  })
  it('refuses a malformed number, naming the field', () => {
    try {
      parseStructured(slot, { name: '张三', kind: 'person', phone: '12345' }, 'answer')
      throw new Error('accepted')
    } catch (error) {
      expect(error).toBeInstanceOf(IntakeInputError)
      expect((error as IntakeInputError).code).toBe('INTAKE_PHONE_INVALID')
      expect((error as IntakeInputError).field).toBe('value.phone')
    }
  })
  it('reads a phone typed with the name', () => {
    const state = answer(createIntake('老板拖欠我工资18000元。', TODAY), {
      slot: 'respondent',
      text: '李四 13912345678',
    })
    expect(state.slots.respondent?.value).toEqual({ name: '李四', kind: 'person', phone: '13912345678' })
  })
})
