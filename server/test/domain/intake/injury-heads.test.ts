import { CATALOGUE, type SlotDefinition } from '../../../src/domain/intake/catalogue'
import { parseText } from '../../../src/domain/intake/engine/answers'
import { prefillSlots } from '../../../src/domain/intake/engine/prefill'
import { extractFacts } from '../../../src/domain/intake/analyze'

const TODAY = '2026-11-26'

function slotOf(key: string): SlotDefinition {
  const slot = CATALOGUE.traffic_accident.slots.find((s) => s.key === key)
  if (!slot) throw new Error(`traffic_accident has no ${key}`)
  return slot
}

describe('injury-head questions understand how residents answer', () => {
  it.each([
    ['missed_work', '耽误了', 'yes'],
    ['missed_work', '一直在家休息，没上班', 'yes'],
    ['missed_work', '没耽误', 'no'],
    ['missed_work', '我早就退休了', 'no'],
    ['hospitalised', '住了半个月院', 'yes'],
    ['hospitalised', '没住院，门诊看的', 'no'],
    ['needed_nursing', '老伴一直照顾我', 'yes'],
    ['needed_nursing', '没人照顾', 'no'],
    ['needed_nursing', '请了护工', 'yes'],
    ['nutrition_advised', '医生说了要加强营养', 'yes'],
    ['nutrition_advised', '没说', 'no'],
    ['nutrition_advised', '不清楚', 'unknown'],
  ])('%s: “%s” → %s', (key, text, value) => {
    expect(parseText(slotOf(key), text, TODAY, 'answer')).toMatchObject({ status: 'filled', value })
  })

  it.each([
    ['lost_work_days', '三个月', 'P3M'],
    ['lost_work_days', '45天', 'P45D'],
    ['hospital_days', '住了20天', 'P20D'],
  ])('%s: “%s” → %s', (key, text, value) => {
    expect(parseText(slotOf(key), text, TODAY, 'answer')).toMatchObject({ status: 'filled', value })
  })

  it('an amount per day stays the amount typed (the rate of one day)', () => {
    expect(parseText(slotOf('nursing_daily_rate'), '一天150元', TODAY, 'answer')).toMatchObject({ value: 150 })
  })

  it('the story fills the gates and the days it states', () => {
    const story = '我被车撞了，住院20天，一直误工，请了护工照顾。'
    const filled = prefillSlots('traffic_accident', extractFacts(story, TODAY), story, {}, TODAY)
    expect(filled.injury?.value).toBe('injury')
    expect(filled.hospitalised?.value).toBe('yes')
    expect(filled.hospital_days?.value).toBe('P20D')
    expect(filled.missed_work?.value).toBe('yes')
    expect(filled.needed_nursing?.value).toBe('yes')
  })

  it('没住院 in the story does not say the person was in hospital', () => {
    const story = '我被车撞了，没住院，在门诊包扎的。'
    const filled = prefillSlots('traffic_accident', extractFacts(story, TODAY), story, {}, TODAY)
    expect(filled.hospitalised).toBeUndefined()
  })
})

describe('wage arrears asks why the worker left', () => {
  const slot = CATALOGUE.wage_arrears.slots.find((s) => s.key === 'termination_initiator')!

  it('only once the worker has left', () => {
    expect(slot.askIf).toEqual({ slot: 'still_employed', equals: 'no' })
  })

  it.each([
    ['老板一直不发工资，我就不干了', 'employee_due_to_employer_fault'],
    ['老板把我辞退了', 'employer'],
    ['家里有事，我自己辞职的', 'employee'],
  ])('“%s” → %s', (text, value) => {
    expect(parseText(slot, text, TODAY, 'answer')).toMatchObject({ value })
  })

  it('the story that says so fills it', () => {
    const story = '包工头拖欠我3万块工资，因为一直拖欠工资我就辞职不干了。'
    const filled = prefillSlots('wage_arrears', extractFacts(story, TODAY), story, {}, TODAY)
    expect(filled.termination_initiator?.value).toBe('employee_due_to_employer_fault')
  })
})
