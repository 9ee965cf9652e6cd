import type { OpinionCalculationRequest, OpinionGenerateBody } from '@contract/opinions'
import { parseJson } from '../../lib/json'
import type { OpinionInput } from '../../domain/opinion/opinion-input'

export interface CaseForOpinion {
  caseNumber: string
  title: string
  disputeType: string
  narrative: string
  facts: string // JSON
  parties: { role: string; name: string }[]
}

/**
 * The parts of `cases.facts` the opinion reads. Intake owns the format; these keys are read defensively and
 * anything missing simply leaves that part of the opinion empty (or makes the required-facts check fail).
 */
interface CaseFactsForOpinion {
  disputeTypeLabel?: string
  statements?: { text?: string; statedBy?: string }[]
  claims?: string[]
  evidence?: { name?: string; submittedBy?: string }[]
  calculations?: OpinionCalculationRequest[]
}

/** Maps a stored case (plus the caller's overrides) to the pure opinion builder's input. */
export function caseToOpinionInput(record: CaseForOpinion, body: OpinionGenerateBody, generatedAt: Date): OpinionInput {
  const facts = parseJson<CaseFactsForOpinion>(record.facts, {})
  const parties = record.parties
    .filter(
      (p): p is { role: 'applicant' | 'respondent'; name: string } => p.role === 'applicant' || p.role === 'respondent',
    )
    .map((p) => ({ role: p.role, name: p.name }))
  const applicant = parties.find((p) => p.role === 'applicant')?.name ?? '申请人'
  const statements = (facts.statements ?? [])
    .filter((s) => typeof s.text === 'string' && s.text.trim())
    .map((s) => ({ text: s.text!.trim(), statedBy: s.statedBy?.trim() || `申请人${applicant}` }))
  if (statements.length === 0 && record.narrative.trim()) {
    statements.push({ text: record.narrative.trim(), statedBy: `申请人${applicant}` })
  }
  return {
    caseNumber: record.caseNumber,
    caseTitle: record.title,
    disputeTypeLabel: facts.disputeTypeLabel ?? record.disputeType,
    addressee: body.addressee,
    parties,
    facts: statements,
    claims: (facts.claims ?? []).filter((c) => typeof c === 'string' && c.trim()),
    evidence: (facts.evidence ?? [])
      .filter((e) => typeof e.name === 'string')
      .map((e) => ({ name: e.name!, submittedBy: e.submittedBy ?? `申请人${applicant}` })),
    calculations: body.calculations ?? facts.calculations ?? [],
    settlementLowRatio: body.settlementLowRatio,
    generatedAt: generatedAt.toISOString(),
  }
}
