import { enforcementDeadline, scheduleFromTerms } from '../../../src/services/performance/instalment-schedule'

const content = (terms: Parameters<typeof scheduleFromTerms>[0]['terms']) => ({
  facts: 'f',
  issues: ['i'],
  responsibilities: 'r',
  terms,
})

describe('scheduleFromTerms', () => {
  it('one row per instalment, one per dated term, none for an undated one', () => {
    const rows = scheduleFromTerms(
      content([
        {
          kind: 'payment',
          payerPartyId: 'b',
          payeePartyId: 'a',
          description: '工资',
          amount: 100.1,
          instalments: [
            { dueDate: '2027-01-01', amount: 50.05 },
            { dueDate: '2027-02-01', amount: 50.05 },
          ],
        },
        { kind: 'obligation', payerPartyId: 'a', description: '归还钥匙', dueDate: '2026-12-01' },
        { kind: 'payment', payerPartyId: 'b', payeePartyId: 'a', description: '无期限', amount: 5 },
      ]),
    )
    expect(rows.map((r) => [r.termIndex, r.seq, r.amountCents, r.dueDate])).toEqual([
      [0, 1, 5005, '2027-01-01'],
      [0, 2, 5005, '2027-02-01'],
      [1, 1, null, '2026-12-01'],
    ])
  })
})

describe('enforcementDeadline (CPL 250)', () => {
  it('two years from the last day; 29 February falls back to 28 February', () => {
    expect(enforcementDeadline('2026-12-31')).toBe('2028-12-31')
    expect(enforcementDeadline('2028-02-29')).toBe('2030-02-28')
  })
})
