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

  it.each([
    ['确认房屋归X所有', '双方确认九龙坡区团结路1号房屋归申请人所有。'],
    ['确认为个人财产', '双方确认涉案车辆系被申请人个人财产。'],
    ['确认共有', '确认该商铺归双方共有。'],
  ])('blocks ownership determination written as a confirmation (355(1)(5)): %s', (_label, clause) => {
    expect(codes({ ...WAGE_CONTENT, otherClauses: [clause] })).toEqual(['blocking:OWNERSHIP_DETERMINATION:other-1'])
  })

  it.each([
    ['not civil: criminal liability', '申请人收到赔偿后不再追究被申请人的刑事责任。', 'NOT_CIVIL_MATTER', '第一项'],
    ['not civil: police report', '申请人同意撤回报案。', 'NOT_CIVIL_MATTER', '第一项'],
    ['not civil: penalty', '双方同意对被申请人免予治安管理处罚。', 'NOT_CIVIL_MATTER', '第一项'],
    ['status: parent-child', '双方确认申请人与小明之间的亲子关系。', 'STATUS_RELATION', '第三项'],
    ['status: identity', '被申请人同意解除与申请人的父子关系。', 'STATUS_RELATION', '第三项'],
    ['special: guardianship', '双方同意指定申请人为张某的监护人。', 'SPECIAL_PROCEDURE_MATTER', '第四项'],
    ['special: incapacity', '确认张某为无民事行为能力人。', 'SPECIAL_PROCEDURE_MATTER', '第四项'],
    ['special: missing', '双方同意宣告李某失踪。', 'SPECIAL_PROCEDURE_MATTER', '第四项'],
    ['special: bankruptcy', '被申请人应于三十日内申请破产清算。', 'SPECIAL_PROCEDURE_MATTER', '第四项'],
  ])('blocks terms a court will not accept for confirmation (355): %s', (_label, clause, code, item) => {
    expect(check({ ...WAGE_CONTENT, otherClauses: [clause] })).toEqual([
      expect.objectContaining({
        code,
        severity: 'blocking',
        clauseKey: 'other-1',
        basis: expect.stringMatching(new RegExp(`第三百五十五条第一款${item}`)),
      }),
    ])
  })

  it.each([
    '被申请人于2026年12月31日前归还申请人押金2000元。',
    '被申请人归还申请人所有借款共计5万元。',
    '双方确认被申请人尚欠申请人工资12000元。',
    '双方确认被申请人已归还申请人所有借款。',
    '申请人收到上述款项后，双方再无其他争议。',
    '被申请人向申请人赔礼道歉，并承担医疗费3000元。',
    '申请人的监护人王某代为签署本协议。',
    '被申请人继续抚养子女，每月支付抚养费1000元。',
    '被申请人承担本次事故的民事赔偿责任。',
  ])('does not flag ordinary civil terms: %s', (clause) => {
    expect(check({ ...WAGE_CONTENT, otherClauses: [clause] })).toEqual([])
  })

  it('looks at the operative terms, not the facts section', () => {
    const facts = '申请人曾报案，公安机关已出警；双方此前就房屋归属发生争执。'
    expect(check({ ...WAGE_CONTENT, facts })).toEqual([])
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
