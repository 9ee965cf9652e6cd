import { chineseNumber } from '../../../src/domain/agreement/chinese-format'
import { amountFromFacts, suggestedContent, templateFor } from '../../../src/domain/agreement/templates'

const PARTIES = [
  { id: 'a', role: 'applicant' },
  { id: 'r', role: 'respondent' },
]

describe('agreement templates', () => {
  it('suggests the respondent paying the applicant the owed amount from intake', () => {
    const facts = { slots: { owed_amount: { status: 'filled', value: 15000 } } }
    const content = suggestedContent('wage_arrears', PARTIES, '老板欠我三个月工资', facts)
    expect(content.facts).toBe('老板欠我三个月工资')
    expect(content.terms).toEqual([
      {
        kind: 'payment',
        payerPartyId: 'r',
        payeePartyId: 'a',
        description: '拖欠的劳动报酬',
        amount: 15000,
        method: 'bank_transfer',
      },
    ])
    expect(content.otherClauses?.[0]).toContain('劳动报酬')
  })

  it('uses each type’s own wording and amount slot, and a generic template for unknown types', () => {
    expect(templateFor('house_rental').paymentDescription).toBe('退还房屋押金')
    expect(amountFromFacts({ slots: { deposit: { value: 3000 } } }, templateFor('house_rental').amountSlots)).toBe(3000)
    expect(amountFromFacts({ amountClaimed: 15000 }, [])).toBe(15000)
    expect(amountFromFacts({ slots: { deposit: { value: 'abc' } } }, ['deposit'])).toBeUndefined()
    expect(templateFor('no_such_type').disputeName).toBe('民间纠纷')
    expect(suggestedContent('other', PARTIES, '', {}).terms[0].amount).toBeUndefined()
  })

  it('numbers clauses in Chinese', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ])
    expect(() => chineseNumber(100)).toThrow(RangeError)
  })
})
