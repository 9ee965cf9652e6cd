import { factStatus, sameStatement } from '../../../src/services/fact-sheet/fact-status'

describe('fact status', () => {
  const agree = { mark: 'agree' as const }
  const dispute = { mark: 'dispute' as const }

  it('counts the stating party as agreeing', () => {
    expect(factStatus('applicant', { applicant: null, respondent: agree })).toBe('agreed')
    expect(factStatus('applicant', { applicant: null, respondent: null })).toBe('pending')
  })

  it('needs both parties for a police statement', () => {
    expect(factStatus('police', { applicant: agree, respondent: null })).toBe('pending')
    expect(factStatus('police', { applicant: agree, respondent: agree })).toBe('agreed')
  })

  it('is disputed as soon as either party disputes', () => {
    expect(factStatus('police', { applicant: agree, respondent: dispute })).toBe('disputed')
    expect(factStatus('respondent', { applicant: dispute, respondent: null })).toBe('disputed')
  })

  it('compares statements ignoring spacing and punctuation only', () => {
    expect(sameStatement('欠工资 15000 元。', '欠工资15000元')).toBe(true)
    expect(sameStatement('欠工资15000元', '欠工资16000元')).toBe(false)
  })
})
