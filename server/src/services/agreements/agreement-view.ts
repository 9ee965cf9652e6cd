import type { AgreementComment, AgreementVersion } from '@contract/agreements'
import type { CaseForAgreement, StoredAgreementVersion } from './agreements-repo'

/** The API shape of one version: its text, clauses, flags and who has confirmed it. */
export function toAgreementView(
  kase: CaseForAgreement,
  stored: StoredAgreementVersion,
  confirmations: Array<{ party_id: string; confirmed_at: string }>,
  latest: boolean,
): AgreementVersion {
  const confirmedAt = new Map(confirmations.map((c) => [c.party_id, c.confirmed_at]))
  return {
    caseId: kase.caseId,
    documentId: stored.documentId,
    documentRowId: stored.documentRowId,
    version: stored.version,
    latest,
    title: stored.title,
    body: stored.body,
    sha256: stored.sha256,
    clauses: stored.clauses,
    content: stored.content,
    flags: stored.flags,
    confirmations: kase.parties.map((p) => ({
      partyId: p.id,
      name: p.name,
      role: p.role,
      confirmedAt: confirmedAt.get(p.id) ?? null,
    })),
    confirmedAt: stored.confirmedAt,
    effectiveAt: stored.effectiveAt,
    offlineSigningRequired: stored.flags.some((f) => f.code === 'STATUS_MATTER'),
    createdAt: stored.createdAt,
  }
}

export function toCommentView(row: {
  id: string
  version: number
  clause_key: string
  author_user_id: string
  display_name: string | null
  real_name: string | null
  party_name: string | null
  party_role: string | null
  text: string
  proposed_text: string | null
  created_at: string
}): AgreementComment {
  return {
    id: row.id,
    version: row.version,
    clauseKey: row.clause_key,
    author: {
      userId: row.author_user_id,
      name: row.party_name ?? row.real_name ?? row.display_name ?? '',
      role: row.party_role ?? 'staff',
    },
    text: row.text,
    proposedText: row.proposed_text,
    createdAt: row.created_at,
  }
}
