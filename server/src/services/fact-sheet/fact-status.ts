import type { FactItem } from '@contract/fact-sheet'

type Role = 'applicant' | 'respondent'
type Mark = { mark: 'agree' | 'dispute' } | null

/**
 * A fact is agreed when both parties accept it (the party who stated it accepts it by stating it),
 * disputed as soon as either party marks 有异议, and pending otherwise.
 */
export function factStatus(statedBy: FactItem['statedBy'], marks: Record<Role, Mark>): FactItem['status'] {
  const effective = (['applicant', 'respondent'] as const).map((role) =>
    statedBy === role ? 'agree' : (marks[role]?.mark ?? null),
  )
  if (effective.includes('dispute')) return 'disputed'
  return effective.every((m) => m === 'agree') ? 'agreed' : 'pending'
}

/** Two wordings count as the same statement when they differ only in spacing and punctuation. */
export function sameStatement(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/[\s\p{P}]/gu, '').toLowerCase()
  return strip(a) === strip(b)
}
