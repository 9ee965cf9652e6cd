import { renderAgreement } from '../../../src/domain/agreement/render-agreement'
import { diffAgreements, diffText } from '../../../src/domain/agreement/text-diff'
import { CASE_INFO, WAGE_CONTENT } from './fixture'

const version = (n: number, content = WAGE_CONTENT) => ({
  version: n,
  clauses: renderAgreement(CASE_INFO, content).clauses,
})

describe('agreement diff', () => {
  it('shows a changed amount as one changed clause with the characters highlighted', () => {
    const edited = { ...WAGE_CONTENT, terms: [{ ...WAGE_CONTENT.terms[0], amount: 11000 }] }
    const diff = diffAgreements(version(1), version(2, edited))
    expect(diff.summary).toBe('修改 1 条')
    expect(diff.changes).toHaveLength(1)
    const [change] = diff.changes
    expect(change).toMatchObject({ clauseKey: 'term-1', label: '第一条', change: 'changed' })
    expect(
      change.segments
        .filter((s) => s.op === 'removed')
        .map((s) => s.text)
        .join(''),
    ).toContain('2')
    expect(
      change.segments
        .filter((s) => s.op === 'added')
        .map((s) => s.text)
        .join(''),
    ).toContain('1')
    // Rebuilding either side from the segments gives the exact texts.
    expect(
      change.segments
        .filter((s) => s.op !== 'added')
        .map((s) => s.text)
        .join(''),
    ).toBe(change.before)
    expect(
      change.segments
        .filter((s) => s.op !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toBe(change.after)
  })

  it('reports an inserted term as one addition, not as every later clause renumbered', () => {
    const extra = {
      kind: 'obligation' as const,
      payerPartyId: 'p-app',
      description: '交回工作证',
      dueDate: '2026-12-10',
    }
    const diff = diffAgreements(version(1), version(2, { ...WAGE_CONTENT, terms: [...WAGE_CONTENT.terms, extra] }))
    expect(diff.changes.map((c) => `${c.change}:${c.clauseKey}`)).toEqual(['added:term-2'])
    expect(diff.summary).toBe('新增 1 条')
  })

  it('reports removals and no change', () => {
    const diff = diffAgreements(version(1), version(2, { ...WAGE_CONTENT, otherClauses: [] }))
    expect(diff.changes.map((c) => `${c.change}:${c.clauseKey}`)).toEqual(['removed:other-1'])
    expect(diffAgreements(version(1), version(2)).summary).toBe('内容无变化')
  })

  it('diffText keeps every character of both sides', () => {
    for (const [a, b] of [
      ['', '新增'],
      ['删除', ''],
      ['于2026年12月31日前', '于2027年1月15日前'],
    ]) {
      const segments = diffText(a, b)
      expect(
        segments
          .filter((s) => s.op !== 'added')
          .map((s) => s.text)
          .join(''),
      ).toBe(a)
      expect(
        segments
          .filter((s) => s.op !== 'removed')
          .map((s) => s.text)
          .join(''),
      ).toBe(b)
    }
  })
})

describe('diffText on long clauses', () => {
  it('shows two long texts that differ throughout as one replacement', () => {
    const a = '甲'.repeat(1500) + '乙'.repeat(1500)
    const b = '丙'.repeat(1500) + '丁'.repeat(1500)
    const segments = diffText(a, b)
    expect(segments).toEqual([
      { op: 'removed', text: a },
      { op: 'added', text: b },
    ])
  })

  it('keeps a local edit in a long text small', () => {
    const a = '事实'.repeat(1500)
    const b = `${'事实'.repeat(700)}新增内容${'事实'.repeat(800)}`
    expect(diffText(a, b).filter((s) => s.op !== 'same')).toEqual([{ op: 'added', text: '新增内容' }])
  })
})
