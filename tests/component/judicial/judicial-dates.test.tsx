import { readinessChecks } from '../../../server/src/domain/judicial/readiness'
import { applicationWindow, decisionBadge, materialsDueText } from '@/features/judicial/judicial-dates'

/** The countdown the parties see must agree with the server's WITHIN_30_DAYS check, to the day. */
describe('judicial dates', () => {
  const now = new Date('2026-11-26T01:00:00.000Z') // 09:00 in China
  const windowCheck = (effectiveAt: string) =>
    readinessChecks({ effectiveAt, flags: [], now, parties: [], competentCourtNames: ['某法院'] }).find(
      (c) => c.code === 'WITHIN_30_DAYS',
    )!

  it.each([
    ['2026-11-26T00:30:00.000Z', 30],
    ['2026-10-27T15:59:00.000Z', 0], // 23:59 on 10-27 in China: day 30 is today
    ['2026-10-27T16:00:00.000Z', 1], // already 10-28 in China
    ['2026-10-26T12:00:00.000Z', -1],
  ])('effective at %s → %i days left, as the server counts', (effectiveAt, left) => {
    const window = applicationWindow(effectiveAt, now)
    expect(window.daysLeft).toBe(left)
    const check = windowCheck(effectiveAt)
    expect(check.status).toBe(left >= 0 ? 'pass' : 'fail')
    if (left >= 0) expect(check.message).toContain(`还有 ${left} 天`)
    expect(check.message).toContain(window.effectiveDate)
  })

  it('names the last day to apply', () => {
    expect(applicationWindow('2026-11-01T02:00:00.000Z', now).lastDay).toBe('2026-12-01')
  })

  it.each([
    ['2026-11-25', false, '已超期（应于2026-11-25前审结）', 'danger'],
    ['2026-11-26', false, '今日到期', 'danger'],
    ['2026-11-30', false, '4 天后到期', 'warning'],
    ['2026-12-20', false, '2026-12-20 前审结', 'normal'],
    ['2026-12-20', true, '已超期（应于2026-12-20前审结）', 'danger'],
  ] as const)('decision due %s (overdue %s) → %s', (due, overdue, text, tone) => {
    expect(decisionBadge(due, overdue, now)).toEqual({ text, tone })
  })

  it.each([
    ['2026-12-03', '请于2026-12-03前补充（还剩 7 天）', false],
    ['2026-11-26', '请于2026-11-26前补充（今天截止）', false],
    ['2026-11-24', '请于2026-11-24前补充（已逾期 2 天）', true],
  ] as const)('materials due %s → %s', (due, text, overdue) => {
    expect(materialsDueText(due, now)).toEqual({ text, overdue })
  })
})
