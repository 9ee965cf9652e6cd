import { formatAmountInCapitals } from '../../../src/domain/money/capitals'
import { amountsOf, prng } from './helpers'

const LOWER: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
}
const DIGITS = '零一二三四五六七八九'

/** 一万二千三百零五 style (written independently of the parser, via the capitals formatter's structure). */
function chineseLower(yuan: number): string {
  const capitals = formatAmountInCapitals(yuan, { prefix: '' }).replace(/元整$/, '')
  return [...capitals].map((c) => LOWER[c] ?? c).join('')
}

const random = prng(20260115)
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
/** Amounts spread over magnitudes: 1 … 10^10 yuan. */
const amount = () => int(1, 10 ** int(1, 10) - 1)

function parsedBack(written: string, context = '他欠我'): number[] {
  return amountsOf(`${context}${written}，一直没还。`).map((a) => a.value)
}

describe('property: an amount written in a Chinese style parses back to itself', () => {
  const N = 300

  it('plain digits with 元', () => {
    for (let i = 0; i < N; i++) {
      const v = amount()
      expect(parsedBack(`${v}元`)).toEqual([v])
    }
  })

  it('thousands separators with fen', () => {
    for (let i = 0; i < N; i++) {
      const v = amount() + int(0, 99) / 100
      const written = v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      expect(parsedBack(`${written}元`)).toEqual([Math.round(v * 100) / 100])
    }
  })

  it('万 with decimals (14.6万元)', () => {
    for (let i = 0; i < N; i++) {
      const wan = int(1, 99999) / 10 ** int(0, 2)
      expect(parsedBack(`${wan}万元`)).toEqual([Math.round(wan * 10000 * 100) / 100])
    }
  })

  it('lower-case Chinese numerals (三万五千元)', () => {
    for (let i = 0; i < N; i++) {
      const v = amount()
      expect(parsedBack(`${chineseLower(v)}元`)).toEqual([v])
    }
  })

  it('financial capitals (人民币叁万伍仟元整), with jiao and fen', () => {
    for (let i = 0; i < N; i++) {
      const v = amount() + int(0, 99) / 100
      expect(parsedBack(formatAmountInCapitals(v))).toEqual([Math.round(v * 100) / 100])
    }
  })

  it('colloquial 3万5 and 三万五 (thousands elided after 万)', () => {
    for (let i = 0; i < N; i++) {
      const wan = int(1, 999)
      const thousands = int(1, 9)
      const arabic = `${wan}万${thousands}`
      const chinese = `${chineseLower(wan)}万${DIGITS[thousands]}`
      expect(parsedBack(arabic, '借了我')).toEqual([wan * 10000 + thousands * 1000])
      expect(parsedBack(chinese, '借了我')).toEqual([wan * 10000 + thousands * 1000])
    }
  })

  it('colloquial 两千五 (hundreds elided after 千)', () => {
    for (let i = 0; i < N; i++) {
      const k = int(1, 9)
      const h = int(1, 9)
      const written = `${k === 2 ? '两' : DIGITS[k]}千${DIGITS[h]}`
      expect(parsedBack(written, '工资')).toEqual([k * 1000 + h * 100])
    }
  })

  it('approximate markers keep the value and set the flag', () => {
    const forms: Array<(s: string) => string> = [(s) => `近${s}`, (s) => `约${s}`, (s) => `${s}左右`]
    for (let i = 0; i < N; i++) {
      const v = amount()
      const form = forms[i % forms.length]
      const [found] = amountsOf(`花了${form(`${v}元`)}。`)
      expect([found.value, found.approximate]).toEqual([v, true])
    }
  })
})
