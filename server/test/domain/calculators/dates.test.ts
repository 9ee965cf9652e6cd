import { addMonths, countWeekdays, inclusiveSpan, parseIsoDate } from '../../../src/domain/calculators/dates'

const d = (text: string) => {
  const parsed = parseIsoDate(text)
  if (!parsed) throw new Error(`bad date ${text}`)
  return parsed
}

describe('calendar dates', () => {
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2023-02-29')).toBeUndefined()
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
    expect(parseIsoDate('2023-13-01')).toBeUndefined()
    expect(parseIsoDate('2023/01/01')).toBeUndefined()
  })

  it('adds months clamping to the end of the month', () => {
    expect(addMonths(d('2023-01-31'), 1)).toEqual(d('2023-02-28'))
    expect(addMonths(d('2024-01-31'), 1)).toEqual(d('2024-02-29'))
    expect(addMonths(d('2023-11-15'), 3)).toEqual(d('2024-02-15'))
  })

  it('measures inclusive periods in whole months and days', () => {
    expect(inclusiveSpan(d('2020-03-01'), d('2023-08-31'))).toEqual({ months: 42, days: 0 })
    expect(inclusiveSpan(d('2020-03-01'), d('2023-08-30'))).toEqual({ months: 41, days: 30 })
    expect(inclusiveSpan(d('2022-02-01'), d('2022-06-15'))).toEqual({ months: 4, days: 15 })
    expect(inclusiveSpan(d('2022-02-01'), d('2022-02-01'))).toEqual({ months: 0, days: 1 })
    expect(inclusiveSpan(d('2023-01-31'), d('2023-02-26'))).toEqual({ months: 0, days: 27 })
  })

  it('counts Monday to Friday', () => {
    // 2022-06-01 is a Wednesday.
    expect(countWeekdays(d('2022-06-01'), d('2022-06-15'))).toBe(11)
    expect(countWeekdays(d('2022-06-04'), d('2022-06-05'))).toBe(0)
  })
})
