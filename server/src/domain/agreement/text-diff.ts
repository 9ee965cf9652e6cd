import type { AgreementClause, AgreementDiff } from '@contract/agreements'

type Op = 'same' | 'added' | 'removed'
export interface DiffOp<T> {
  op: Op
  item: T
}

/** Longest-common-subsequence diff of two sequences (clauses: tens; characters of one clause: hundreds). */
export function diffSequence<T>(a: T[], b: T[], equal: (x: T, y: T) => boolean = (x, y) => x === y): DiffOp<T>[] {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = equal(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  const ops: DiffOp<T>[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && equal(a[i], b[j])) {
      ops.push({ op: 'same', item: a[i++] })
      j++
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      ops.push({ op: 'added', item: b[j++] })
    } else {
      ops.push({ op: 'removed', item: a[i++] })
    }
  }
  return ops
}

/** Above this many LCS cells the changed middle is shown as one replacement (keeps a 3,000-character edit cheap). */
const MAX_CHAR_CELLS = 250_000

/** Character-level segments with runs merged: [{same:'于2026年'}, {removed:'12'}, {added:'11'}, ...]. */
export function diffText(before: string, after: string): AgreementDiff['changes'][number]['segments'] {
  const a = [...before]
  const b = [...after]
  // Edits are usually local: the common head and tail are kept whole and only the middle is compared.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const middle: DiffOp<string>[] =
    midA.length * midB.length > MAX_CHAR_CELLS
      ? [
          ...midA.map((item) => ({ op: 'removed' as const, item })),
          ...midB.map((item) => ({ op: 'added' as const, item })),
        ]
      : diffSequence(midA, midB)
  const ops: DiffOp<string>[] = [
    ...a.slice(0, head).map((item) => ({ op: 'same' as const, item })),
    ...middle,
    ...a.slice(a.length - tail).map((item) => ({ op: 'same' as const, item })),
  ]
  const segments: Array<{ op: Op; text: string }> = []
  for (const { op, item } of ops) {
    const last = segments[segments.length - 1]
    if (last && last.op === op) last.text += item
    else segments.push({ op, text: item })
  }
  return segments
}

/** Renumbering alone (a term inserted above) is not a change of the clause. */
const unnumbered = (text: string) => text.replace(/^[一二三四五六七八九十]+、/, '')

/**
 * What changed between two versions, clause by clause: clauses are matched by their text without the number (so
 * inserting a term does not show every later clause as changed), and a run of removed clauses followed by added ones is paired into
 * "changed" clauses with character-level highlights.
 */
export function diffAgreements(
  from: { version: number; clauses: AgreementClause[] },
  to: { version: number; clauses: AgreementClause[] },
): AgreementDiff {
  const ops = diffSequence(from.clauses, to.clauses, (x, y) => unnumbered(x.text) === unnumbered(y.text))
  const changes: AgreementDiff['changes'] = []
  let removed: AgreementClause[] = []
  let added: AgreementClause[] = []
  const flush = () => {
    const pairs = Math.min(removed.length, added.length)
    for (let k = 0; k < pairs; k++) {
      changes.push({
        clauseKey: added[k].key,
        label: added[k].label,
        change: 'changed',
        before: removed[k].text,
        after: added[k].text,
        segments: diffText(removed[k].text, added[k].text),
      })
    }
    for (const c of removed.slice(pairs)) {
      changes.push({
        clauseKey: c.key,
        label: c.label,
        change: 'removed',
        before: c.text,
        after: null,
        segments: [{ op: 'removed', text: c.text }],
      })
    }
    for (const c of added.slice(pairs)) {
      changes.push({
        clauseKey: c.key,
        label: c.label,
        change: 'added',
        before: null,
        after: c.text,
        segments: [{ op: 'added', text: c.text }],
      })
    }
    removed = []
    added = []
  }
  for (const { op, item } of ops) {
    if (op === 'same') flush()
    else if (op === 'removed') removed.push(item)
    else added.push(item)
  }
  flush()
  const count = (change: string) => changes.filter((c) => c.change === change).length
  const parts = [
    ['changed', '修改'],
    ['added', '新增'],
    ['removed', '删除'],
  ]
    .filter(([change]) => count(change) > 0)
    .map(([change, word]) => `${word} ${count(change)} 条`)
  return { from: from.version, to: to.version, changes, summary: parts.length ? parts.join('，') : '内容无变化' }
}
