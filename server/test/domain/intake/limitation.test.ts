import { checkLimitations } from '../../../src/domain/intake/limitation'
import type { SlotState } from '../../../src/domain/intake/engine/types'

const filled = (value: string): SlotState => ({ status: 'filled', value, source: 'answer' })

describe('checkLimitations', () => {
  it.each<[string, string, string, string | undefined]>([
    ['2025-06-30', '2026-01-15', 'running', '2026-06-30'],
    ['2025-03-01', '2026-01-15', 'soon', '2026-03-01'],
    ['2024-12-31', '2026-01-15', 'passed', '2025-12-31'],
    ['2025-03', '2026-01-15', 'soon', '2026-03-01'],
  ])('labour arbitration from the end of employment %s, today %s → %s', (end, today, status, deadline) => {
    const [check] = checkLimitations('labor_termination', { employment_end: filled(end) }, today)
    expect(check).toMatchObject({ status, deadline, basis: '劳动争议调解仲裁法 27' })
  })

  it('has not started while the worker is still employed (wages owed during employment)', () => {
    const [check] = checkLimitations('wage_arrears', { still_employed: filled('yes') }, '2026-01-15')
    expect(check.status).toBe('not_started')
  })

  it('runs the general 3 years from the accident, clamping month ends', () => {
    const [check] = checkLimitations('traffic_accident', { accident_date: filled('2024-02-29') }, '2026-01-15')
    expect(check).toMatchObject({ status: 'running', from: '2024-02-29', deadline: '2027-02-28' })
  })

  it('checks every rule of a type: work-injury determination and labour arbitration', () => {
    const checks = checkLimitations('work_injury', { injury_date: filled('2024-10-01') }, '2026-01-15')
    expect(checks.map((c) => c.status)).toEqual(['passed', 'unknown'])
  })

  it('is unknown without the date, or for periods that cannot be computed', () => {
    expect(checkLimitations('private_loan', {}, '2026-01-15')[0].status).toBe('unknown')
    expect(checkLimitations('land_contract', { contract_date: filled('2010-01-01') }, '2026-01-15')[0].status).toBe(
      'unknown',
    )
  })

  it('prefers the first listed date slot (a loan runs from its due date, not the day it was lent)', () => {
    const [check] = checkLimitations(
      'private_loan',
      { loan_date: filled('2020-01-01'), due_date: filled('2024-06-30') },
      '2026-01-15',
    )
    expect(check).toMatchObject({ status: 'running', from: '2024-06-30', deadline: '2027-06-30' })
  })
})
