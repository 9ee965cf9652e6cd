import { Exact, exact, sum } from '../../../src/domain/calculators/exact'
import { figure, percent, yuan } from '../../../src/domain/calculators/format'

describe('Exact arithmetic', () => {
  it('reads decimals exactly, so 0.1 + 0.2 is 0.3', () => {
    expect(exact(0.1).add(0.2).compare(0.3)).toBe(0)
    expect(0.1 + 0.2).not.toBe(0.3)
  })

  it('reads exponent notation', () => {
    expect(exact(1e-7).mul(1e7).compare(1)).toBe(0)
    expect(exact(2.5e21).div(2.5e21).compare(1)).toBe(0)
  })

  it('keeps thirds exact until the final rounding', () => {
    const daily = exact(5000).div(30)
    expect(daily.mul(45).toYuan()).toBe(7500)
    expect(daily.toYuan()).toBe(166.67)
  })

  it('rounds half away from zero at the fen', () => {
    expect(exact(0.005).toYuan()).toBe(0.01)
    expect(exact(0.0049).toYuan()).toBe(0)
    expect(exact(-0.005).toYuan()).toBe(-0.01)
    expect(exact(1234.565).toYuan()).toBe(1234.57)
  })

  it('sums, compares and picks min/max', () => {
    expect(sum([exact(1.1), exact(2.2), exact(3.3)]).compare(6.6)).toBe(0)
    expect(exact(3).min(2).compare(2)).toBe(0)
    expect(exact(3).max(5).compare(5)).toBe(0)
    expect(() => Exact.of(1n, 0n)).toThrow(RangeError)
    expect(() => exact(Number.NaN)).toThrow(RangeError)
  })
})

describe('formatting figures in formulas', () => {
  it('shows results with two decimals', () => {
    expect(yuan(exact(7500))).toBe('7500.00')
    expect(yuan(exact(51821).div(365).mul(100))).toBe('14197.53')
  })

  it('shows exact figures plainly and repeating ones as approximate', () => {
    expect(figure(8472.5)).toBe('8472.5')
    expect(figure(exact(100000).div(12))).toBe('≈8333.33')
    expect(percent(0.0001)).toBe('0.01%')
    expect(percent(exact(0.0385).mul(4))).toBe('15.4%')
  })
})
