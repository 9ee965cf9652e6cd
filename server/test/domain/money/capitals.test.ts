import { formatAmountInCapitals, MAX_CAPITALS_AMOUNT } from '../../../src/domain/money/capitals'
import { parseNumeral } from '../../../src/domain/intake/numerals'
import { prng } from '../intake/helpers'

describe('formatAmountInCapitals', () => {
  it.each([
    [0, '人民币零元整'],
    [1, '人民币壹元整'],
    [10, '人民币壹拾元整'],
    [15, '人民币壹拾伍元整'],
    [100, '人民币壹佰元整'],
    [101, '人民币壹佰零壹元整'],
    [110, '人民币壹佰壹拾元整'],
    [1001, '人民币壹仟零壹元整'],
    [1010, '人民币壹仟零壹拾元整'],
    [1100, '人民币壹仟壹佰元整'],
    [8600, '人民币捌仟陆佰元整'],
    [10000, '人民币壹万元整'],
    [10050, '人民币壹万零伍拾元整'],
    [35000, '人民币叁万伍仟元整'],
    [100005, '人民币壹拾万零伍元整'],
    [105000, '人民币壹拾万伍仟元整'],
    [1000000, '人民币壹佰万元整'],
    [1001000, '人民币壹佰万壹仟元整'],
    [10000001, '人民币壹仟万零壹元整'],
    [120000000, '人民币壹亿贰仟万元整'],
    [100000001, '人民币壹亿零壹元整'],
    [100010000, '人民币壹亿零壹万元整'],
    [0.5, '人民币伍角整'],
    [0.05, '人民币伍分'],
    [1.5, '人民币壹元伍角整'],
    [100.05, '人民币壹佰元零伍分'],
    [243567.88, '人民币贰拾肆万叁仟伍佰陆拾柒元捌角捌分'],
    [32150.6, '人民币叁万贰仟壹佰伍拾元陆角整'],
  ])('%s → %s', (yuan, expected) => {
    expect(formatAmountInCapitals(yuan)).toBe(expected)
  })

  it('accepts another prefix and rejects negative, non-finite and too large amounts', () => {
    expect(formatAmountInCapitals(35000, { prefix: '' })).toBe('叁万伍仟元整')
    expect(() => formatAmountInCapitals(-1)).toThrow(RangeError)
    expect(() => formatAmountInCapitals(Number.NaN)).toThrow(RangeError)
    expect(() => formatAmountInCapitals(MAX_CAPITALS_AMOUNT * 10)).toThrow(RangeError)
  })

  it('round-trips: the integer part of any amount formats and parses back to the same yuan', () => {
    const random = prng(7)
    for (let i = 0; i < 2000; i++) {
      const yuan = Math.floor(random() * 10 ** Math.floor(random() * 11))
      const capitals = formatAmountInCapitals(yuan, { prefix: '' })
      expect(parseNumeral(capitals.replace(/元整$/, ''))).toBe(yuan)
    }
  })
})
