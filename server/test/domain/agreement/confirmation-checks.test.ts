import type { AgreementContent, AgreementTerm } from '@contract/agreements'
import { confirmationChecks, hasBlocking } from '../../../src/domain/agreement/confirmation-checks'
import { renderAgreement } from '../../../src/domain/agreement/render-agreement'
import { CASE_INFO, TODAY, WAGE_CONTENT } from './fixture'

const check = (content: AgreementContent) =>
  confirmationChecks(content, renderAgreement(CASE_INFO, content).clauses, TODAY)
const withTerm = (patch: Partial<AgreementTerm>): AgreementContent => ({
  ...WAGE_CONTENT,
  terms: [{ ...WAGE_CONTENT.terms[0], ...patch }],
})
const codes = (content: AgreementContent) => check(content).map((f) => `${f.severity}:${f.code}:${f.clauseKey}`)

describe('confirmationChecks (CPL-Interp 355 / 358)', () => {
  it('raises nothing on a clear, enforceable agreement', () => {
    expect(check(WAGE_CONTENT)).toEqual([])
  })

  it.each([
    ['marriage', '双方同意解除婚姻关系。'],
    ['adoption', '张某同意由李某收养其子。'],
    ['inheritance', '父亲遗产中的存款由申请人继承。'],
  ])('blocks a status-relationship term (%s) and names the clause and article', (_matter, clause) => {
    const flags = check({ ...WAGE_CONTENT, otherClauses: [clause] })
    expect(flags).toEqual([
      expect.objectContaining({
        code: 'STATUS_MATTER',
        severity: 'blocking',
        clauseKey: 'other-1',
        basis: expect.stringContaining('第三百五十五条'),
      }),
    ])
  })

  it('blocks status matters the mediator declares even when the wording does not show them', () => {
    expect(codes({ ...WAGE_CONTENT, statusMatters: ['inheritance'] })).toEqual(['blocking:STATUS_MATTER:null'])
  })

  it('does not mistake raising children or supporting parents for adoption', () => {
    expect(check({ ...WAGE_CONTENT, otherClauses: ['被申请人继续抚养子女，并按月赡养父母。'] })).toEqual([])
  })

  it.each([
    '该房屋所有权归申请人。',
    '双方确认涉案商铺的产权属于被申请人。',
    '确认该专利权由申请人享有。',
    '对宅基地进行确权。',
  ])('blocks ownership determination: %s', (clause) => {
    expect(codes({ ...WAGE_CONTENT, otherClauses: [clause] })).toEqual(['blocking:OWNERSHIP_DETERMINATION:other-1'])
  })

  it('only warns on "归……所有", which may be money rather than a thing', () => {
    expect(codes({ ...WAGE_CONTENT, otherClauses: ['已交的押金归出租人所有。'] })).toEqual([
      'warning:POSSIBLE_OWNERSHIP_DETERMINATION:other-1',
    ])
  })

  it('blocks unclear amounts and dates (358(5))', () => {
    expect(codes(withTerm({ amount: undefined }))).toEqual(['blocking:AMOUNT_MISSING:term-1'])
    expect(codes(withTerm({ dueDate: undefined }))).toEqual(['blocking:DATE_MISSING:term-1'])
    expect(codes(withTerm({ description: '适当的经济补偿' }))).toEqual(['blocking:VAGUE_WORDING:term-1'])
    expect(codes(withTerm({ description: '工资，尽快付清' }))).toEqual(['blocking:VAGUE_WORDING:term-1'])
    expect(codes(withTerm({ payeePartyId: 'p-res' }))).toEqual(['blocking:PAYER_IS_PAYEE:term-1'])
  })

  it('checks instalments add up to the total and run in order', () => {
    const instalments = [
      { dueDate: '2027-01-31', amount: 6000 },
      { dueDate: '2026-12-31', amount: 5000 },
    ]
    expect(codes(withTerm({ dueDate: undefined, instalments }))).toEqual([
      'blocking:INSTALMENT_SUM_MISMATCH:term-1',
      'warning:INSTALMENT_ORDER:term-1',
    ])
    const exact = [
      { dueDate: '2026-12-31', amount: 0.1 },
      { dueDate: '2027-01-31', amount: 11999.9 },
    ]
    expect(check(withTerm({ dueDate: undefined, instalments: exact }))).toEqual([])
  })

  it('warns on dates already past, a transfer without an account, and third parties', () => {
    expect(codes(withTerm({ dueDate: '2026-11-25' }))).toEqual(['warning:DATE_IN_PAST:term-1'])
    expect(codes(withTerm({ account: undefined }))).toEqual(['warning:ACCOUNT_MISSING:term-1'])
    expect(codes(withTerm({ account: undefined, method: 'cash' }))).toEqual([])
    expect(codes({ ...WAGE_CONTENT, otherClauses: ['案外人张某承担连带责任。'] })).toEqual([
      'warning:THIRD_PARTY_INVOLVED:other-1',
    ])
  })

  it('hasBlocking tells blocking flags from warnings', () => {
    expect(hasBlocking(check(withTerm({ dueDate: '2026-11-25' })))).toBe(false)
    expect(hasBlocking(check(withTerm({ dueDate: undefined })))).toBe(true)
  })
})
