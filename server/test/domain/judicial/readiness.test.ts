import type { AgreementFlag } from '@contract/agreements'
import { confirmationChecks } from '../../../src/domain/agreement/confirmation-checks'
import { renderAgreement } from '../../../src/domain/agreement/render-agreement'
import { competentCourts } from '../../../src/domain/judicial/competence'
import { clampDecisionDays, decisionDueDate } from '../../../src/domain/judicial/decision-deadline'
import { NOT_EXCLUDED_PASS, readinessChecks } from '../../../src/domain/judicial/readiness'
import { codeAncestors } from '../../../src/domain/judicial/region-lineage'

const now = new Date('2026-11-26T10:00:00+08:00')
const base = {
  effectiveAt: '2026-11-20T02:00:00.000Z',
  flags: [] as AgreementFlag[],
  now,
  parties: [
    { name: '王秀英', confirmed: true },
    { name: '李建国', confirmed: true },
  ],
  competentCourtNames: ['九龙坡区人民法院'],
}
const status = (checks: ReturnType<typeof readinessChecks>, code: string) => checks.find((c) => c.code === code)!.status

describe('readiness checks', () => {
  it('all pass for an effective, clear agreement with consent and a court', () => {
    expect(readinessChecks(base).map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass'])
  })

  it('waits for a party who has not confirmed', () => {
    const checks = readinessChecks({
      ...base,
      parties: [
        { name: '王秀英', confirmed: true },
        { name: '李建国', confirmed: false },
      ],
    })
    expect(checks[0]).toMatchObject({ status: 'pending', message: '等待李建国确认申请书' })
  })

  it('fails before the agreement is in effect', () => {
    expect(status(readinessChecks({ ...base, effectiveAt: null }), 'WITHIN_30_DAYS')).toBe('fail')
  })

  it('counts China calendar days: effective late at night on day 0, day 30 in, day 31 out', () => {
    const effectiveAt = '2026-10-27T15:59:00.000Z' // 23:59 on 27 October in China
    expect(
      status(readinessChecks({ ...base, effectiveAt, now: new Date('2026-11-26T23:59:59+08:00') }), 'WITHIN_30_DAYS'),
    ).toBe('pass')
    expect(
      status(readinessChecks({ ...base, effectiveAt, now: new Date('2026-11-27T00:00:00+08:00') }), 'WITHIN_30_DAYS'),
    ).toBe('fail')
  })

  it('fails without a competent court (CPL-Interp 355(2))', () => {
    expect(status(readinessChecks({ ...base, competentCourtNames: [] }), 'COURT_COMPETENT')).toBe('fail')
  })

  // Each Interp 355 exclusion the drafting checks detect, from real agreement text.
  it('says which Interp 355 items an agreement passing the check was checked against', () => {
    const check = readinessChecks(base).find((c) => c.code === 'NOT_EXCLUDED')!
    expect(check.message).toBe(NOT_EXCLUDED_PASS)
    for (const item of ['第一项', '第三项', '第四项', '第五项']) expect(check.message).toContain(item)
  })

  it.each([
    ['public-law matter (355(1))', '申请人同意不再追究被申请人的刑事责任。', 'NOT_CIVIL_MATTER'],
    ['status relationship (355(3))', '双方自愿解除婚姻关系。', 'STATUS_MATTER'],
    ['parent-child status (355(3))', '双方确认乙与甲之间的亲子关系。', 'STATUS_RELATION'],
    ['special procedure (355(4))', '双方同意申请宣告甲失踪。', 'SPECIAL_PROCEDURE_MATTER'],
    ['ownership determination (355(5))', '确认涉案房屋的所有权归申请人。', 'OWNERSHIP_DETERMINATION'],
    ['IP ownership (355(5))', '涉案软件著作权归被申请人所有并确认。', 'OWNERSHIP_DETERMINATION'],
  ])('blocks %s', (_label, clause, code) => {
    const content = {
      facts: '事实',
      issues: ['争议'],
      responsibilities: '责任',
      terms: [
        {
          kind: 'payment' as const,
          payerPartyId: 'b',
          payeePartyId: 'a',
          description: '补偿款',
          amount: 1000,
          dueDate: '2026-12-31',
        },
      ],
      otherClauses: [clause],
    }
    const parties = [
      { id: 'a', role: 'applicant', name: '甲', kind: 'person' },
      { id: 'b', role: 'respondent', name: '乙', kind: 'person' },
    ]
    const rendered = renderAgreement({ caseNumber: 'X', committeeName: 'Y', disputeType: 'other', parties }, content)
    const flags = confirmationChecks(content, rendered.clauses, '2026-11-26')
    expect(flags.map((f) => f.code)).toContain(code)
    const checks = readinessChecks({ ...base, flags })
    expect(status(checks, 'NOT_EXCLUDED')).toBe('fail')
    expect(checks.find((c) => c.code === 'NOT_EXCLUDED')!.article).toBe('民诉法解释第三百五十五条')
  })

  it('an unclear amount is a rejection risk (358), not an exclusion', () => {
    const flag: AgreementFlag = {
      code: 'AMOUNT_MISSING',
      severity: 'blocking',
      clauseKey: 'term-1',
      basis: '民诉法解释第三百五十八条第五项',
      message: '未写明金额',
    }
    const checks = readinessChecks({ ...base, flags: [flag] })
    expect([status(checks, 'NOT_EXCLUDED'), status(checks, 'CONTENT_CONFIRMABLE')]).toEqual(['pass', 'fail'])
  })
})

describe('court competence (CPL 205)', () => {
  const courts = [
    { id: 'jlp', serviceArea: ['500107'] },
    { id: 'nanshan', serviceArea: ['440305'] },
  ]
  it('finds courts by committee, subject matter and a party’s domicile', () => {
    const result = competentCourts(
      courts,
      [
        { basis: 'committee_location', lineage: codeAncestors('500107001001') },
        { basis: 'party_domicile', lineage: codeAncestors('440305001002') },
      ],
      null,
    )
    expect(result).toEqual([
      { courtId: 'jlp', bases: ['committee_location'] },
      { courtId: 'nanshan', bases: ['party_domicile'] },
    ])
  })
  it('only the inviting court when a court invited the mediation', () => {
    const places = [{ basis: 'committee_location' as const, lineage: ['500107'] }]
    expect(competentCourts(courts, places, 'nanshan')).toEqual([{ courtId: 'nanshan', bases: ['inviting_court'] }])
    expect(competentCourts(courts, places, 'unknown')).toEqual([])
  })
  it('none when no court serves any place', () => {
    expect(competentCourts(courts, [{ basis: 'subject_matter', lineage: codeAncestors('110105') }], null)).toEqual([])
  })
})

describe('decision deadline (UNVERIFIED: configurable, default 15, max 30)', () => {
  it('clamps the setting', () => {
    expect([clampDecisionDays(undefined), clampDecisionDays(0), clampDecisionDays(20), clampDecisionDays(45)]).toEqual([
      15, 15, 20, 30,
    ])
  })
  it('counts from the China date of filing', () => {
    expect(decisionDueDate(new Date('2026-11-26T23:30:00+08:00'), 15)).toBe('2026-12-11')
    expect(decisionDueDate(new Date('2026-11-26T16:30:00Z'), 15)).toBe('2026-12-12')
  })
})
