import type { OpinionCalculationRequest, OpinionGenerateBody } from '@contract/opinions'
import { parseJson } from '../../lib/json'
import { CATALOGUE, isDisputeTypeCode } from '../../domain/intake/catalogue'
import {
  opinionPartsFromIntake,
  type FactSheetEntry,
  type FigureSource,
  type IntakeOpinionParts,
  type StoredSlot,
} from '../../domain/opinion/from-intake-facts'
import type { OpinionInput } from '../../domain/opinion/opinion-input'

export interface FigureAvailability {
  region: string
  regionName: string
  year: number
  kind: string
}

export interface CaseForOpinion {
  caseNumber: string
  title: string
  disputeType: string
  narrative: string
  facts: string // JSON
  parties: { role: string; name: string }[]
  uploadedFiles?: string[]
  factSheet?: FactSheetEntry[]
  /** Regional figures present for the case's province (any year). */
  figures?: FigureAvailability[]
}

/**
 * The parts of `cases.facts` the opinion reads: the intake's `slots` (case-submission.ts), and the older explicit
 * `statements` / `claims` / `evidence` / `calculations`, which still win where present.
 */
interface CaseFactsForOpinion {
  disputeTypeLabel?: string
  slots?: Record<string, StoredSlot>
  statements?: { text?: string; statedBy?: string }[]
  claims?: string[]
  evidence?: { name?: string; submittedBy?: string }[]
  calculations?: OpinionCalculationRequest[]
}

/**
 * The most recent year not after the statistical year courts use (the year before generation) that holds the
 * figure; an older year is flagged by the mapper as an assumption.
 */
export function figureSource(available: FigureAvailability[], generatedAt: Date): FigureSource {
  const latestUsable = Number(beijingDate(generatedAt).slice(0, 4)) - 1
  return (kind) =>
    available
      .filter((f) => f.kind === kind && f.year <= latestUsable)
      .sort((a, b) => b.year - a.year)
      .map((f) => ({ region: f.region, year: f.year, regionName: f.regionName }))[0]
}

const OVERRIDE_NOTE = '计算表中的法定计算项目及其输入由调解员指定，以调解员提交的数据为准；以下其余假设针对申请人陈述'

const beijingDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

/** Maps a stored case (plus the caller's overrides) to the pure opinion builder's input. */
export function caseToOpinionInput(record: CaseForOpinion, body: OpinionGenerateBody, generatedAt: Date): OpinionInput {
  const facts = parseJson<CaseFactsForOpinion>(record.facts, {})
  const parties = record.parties
    .filter(
      (p): p is { role: 'applicant' | 'respondent'; name: string } => p.role === 'applicant' || p.role === 'respondent',
    )
    .map((p) => ({ role: p.role, name: p.name }))
  const applicant = parties.find((p) => p.role === 'applicant')?.name ?? '申请人'
  const respondent = parties.find((p) => p.role === 'respondent')?.name ?? '对方'
  const intake: IntakeOpinionParts | undefined =
    facts.slots && typeof facts.slots === 'object'
      ? opinionPartsFromIntake({
          disputeType: record.disputeType,
          narrative: record.narrative,
          slots: facts.slots,
          applicantName: applicant,
          respondentName: respondent,
          today: beijingDate(generatedAt),
          figures: figureSource(record.figures ?? [], generatedAt),
          uploadedFiles: record.uploadedFiles ?? [],
          factSheet: record.factSheet ?? [],
        })
      : undefined
  const statements = (facts.statements ?? [])
    .filter((s) => typeof s.text === 'string' && s.text.trim())
    .map((s) => ({ text: s.text!.trim(), statedBy: s.statedBy?.trim() || `申请人${applicant}` }))
  if (statements.length === 0 && intake) statements.push(...intake.facts)
  if (statements.length === 0 && record.narrative.trim()) {
    statements.push({ text: record.narrative.trim(), statedBy: `申请人${applicant}` })
  }
  const explicitEvidence = (facts.evidence ?? [])
    .filter((e) => typeof e.name === 'string')
    .map((e) => ({ name: e.name!, submittedBy: e.submittedBy ?? `申请人${applicant}` }))
  const override = body.calculations !== undefined || facts.calculations !== undefined
  return {
    caseNumber: record.caseNumber,
    caseTitle: record.title,
    disputeTypeLabel:
      facts.disputeTypeLabel ??
      (isDisputeTypeCode(record.disputeType) ? CATALOGUE[record.disputeType].name : record.disputeType),
    addressee: body.addressee,
    parties,
    facts: statements,
    claims: facts.claims?.filter((c) => typeof c === 'string' && c.trim()) ?? intake?.claims ?? [],
    evidence: explicitEvidence.length ? explicitEvidence : (intake?.evidence ?? []),
    calculations: body.calculations ?? facts.calculations ?? intake?.calculations ?? [],
    derivedCalculations: !override && intake !== undefined,
    claimedItems: intake?.claimedItems,
    usedFacts: intake?.usedFacts,
    assumptions: override && intake ? [OVERRIDE_NOTE, ...(intake.assumptions ?? [])] : intake?.assumptions,
    missingFacts: intake?.missingFacts,
    settlementLowRatio: body.settlementLowRatio,
    generatedAt: generatedAt.toISOString(),
  }
}
