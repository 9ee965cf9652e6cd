import { materialsDueDateProblem, materialsNotice } from '../../../src/domain/judicial/materials-due-date'
import { judicialStatusLabel, wrongStatusMessage } from '../../../src/domain/judicial/status-labels'

describe('materials due date (CPL-Interp 354)', () => {
  const now = new Date('2026-11-26T23:30:00+08:00') // late on 26 November in China, still the 26th
  it('accepts a real date after today (China time)', () => {
    expect(materialsDueDateProblem('2026-11-27', now)).toBeNull()
  })
  it.each([
    ['2026-11-26', '补充期限须晚于今天'],
    ['2026-11-20', '补充期限须晚于今天'],
    ['2026-02-30', '补充期限不是有效的日期'],
    ['2026-13-01', '补充期限不是有效的日期'],
    ['26-12-01', '补充期限不是有效的日期'],
  ])('refuses %s', (date, problem) => {
    expect(materialsDueDateProblem(date, now)).toBe(problem)
  })
  it('puts the date and the consequence of missing it into the notice; no date, the message alone', () => {
    expect(materialsNotice('请补充收入证明', '2026-12-03')).toBe(
      '请补充收入证明\n请于2026年12月3日前补充（民诉法解释第三百五十四条）；' +
        '无正当理由逾期不补充的，法院可以按撤回申请处理（民诉法解释第三百五十七条）。',
    )
    expect(materialsNotice('请补充收入证明', null)).toBe('请补充收入证明')
  })
})

describe('status labels', () => {
  it('names the status in Chinese in a refusal', () => {
    expect(judicialStatusLabel('materials_requested')).toBe('法院要求补充材料')
    expect(wrongStatusMessage('filed')).toBe('申请当前状态为“法院已立案，审查中”，不能进行此操作')
  })
})
