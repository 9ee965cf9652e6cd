import { contentErrors } from '../../../src/domain/agreement/validate-content'
import { WAGE_CONTENT } from './fixture'

const PARTIES = ['p-app', 'p-res']

describe('contentErrors', () => {
  it('accepts a valid draft', () => {
    expect(contentErrors(WAGE_CONTENT, PARTIES)).toEqual([])
  })

  it('names each bad field: unknown party, sub-fen amount, impossible date, instalments on an obligation', () => {
    const errors = contentErrors(
      {
        ...WAGE_CONTENT,
        terms: [
          { ...WAGE_CONTENT.terms[0], payeePartyId: 'someone-else', amount: 100.005, dueDate: '2026-02-30' },
          {
            kind: 'obligation',
            payerPartyId: 'p-app',
            description: '归还钥匙',
            amount: 50,
            instalments: [
              { dueDate: '2026-12-01', amount: 1 },
              { dueDate: '2026-13-01', amount: 1 },
            ],
          },
        ],
        partyDetails: [{ partyId: 'p-x', birthDate: '1990-02-29' }],
      },
      PARTIES,
    )
    expect(errors.map((e) => `${e.code} ${e.field}`)).toEqual([
      'AGREEMENT_PARTY_UNKNOWN terms[0].payeePartyId',
      'AGREEMENT_AMOUNT_INVALID terms[0].amount',
      'AGREEMENT_DATE_INVALID terms[0].dueDate',
      'AGREEMENT_TERM_INVALID terms[1].amount',
      'AGREEMENT_TERM_INVALID terms[1].instalments',
      'AGREEMENT_DATE_INVALID terms[1].instalments[1].dueDate',
      'AGREEMENT_PARTY_UNKNOWN partyDetails[0].partyId',
      'AGREEMENT_DATE_INVALID partyDetails[0].birthDate',
    ])
  })

  it('accepts amounts with two decimals despite binary floating point', () => {
    const terms = [{ ...WAGE_CONTENT.terms[0], amount: 0.1 + 0.2 }]
    expect(contentErrors({ ...WAGE_CONTENT, terms }, PARTIES)).toEqual([])
  })
})
