import type { OpinionInput } from './opinion-input'
import { claimedAmountMapper, educationRefund, houseRental, privateLoan, propertyDelivery } from './intake/contracts'
import { medicalDispute, personalInjury, trafficAccident } from './intake/injury'
import { laborTermination, wageArrears, workInjury } from './intake/labour'
import type { DisputeMapper, FigureSource } from './intake/mapping'
import { SlotReader, type StoredSlot } from './intake/slot-reader'

export type { FigureSource } from './intake/mapping'
export type { StoredSlot } from './intake/slot-reader'

const MAPPERS: Record<string, DisputeMapper> = {
  labor_termination: laborTermination,
  wage_arrears: wageArrears,
  work_injury: workInjury,
  traffic_accident: trafficAccident,
  personal_injury: personalInjury,
  medical: medicalDispute,
  property_delivery: propertyDelivery,
  private_loan: privateLoan,
  house_rental: houseRental,
  education_refund: educationRefund,
}

/** Slots that are not statements of fact about the dispute (who, where, what is asked, which materials). */
const NOT_FACTS = ['respondent', 'location', 'claim', 'evidence']

export interface FactSheetEntry {
  statement: string
  statedBy: 'applicant' | 'respondent' | 'police'
  status: 'agreed' | 'disputed' | 'pending'
}

export interface IntakeSources {
  disputeType: string
  narrative: string
  slots: Record<string, StoredSlot>
  applicantName: string
  respondentName: string
  /** Beijing date of generation, YYYY-MM-DD. */
  today: string
  figures: FigureSource
  /** Original names of the files uploaded with the intake. */
  uploadedFiles: string[]
  factSheet: FactSheetEntry[]
}

export type IntakeOpinionParts = Pick<
  OpinionInput,
  'facts' | 'claims' | 'evidence' | 'calculations' | 'claimedItems' | 'usedFacts' | 'assumptions' | 'missingFacts'
>

const STATUS_NOTE: Record<FactSheetEntry['status'], string> = {
  agreed: '（双方已确认）',
  disputed: '（对方有异议）',
  pending: '（对方尚未确认）',
}

/**
 * Maps an intake case (its slots, narrative, fact sheet and uploads) to the parts of the opinion: each fact
 * with who stated it, the claims, the materials, the calculator requests whose inputs are present, the
 * claimed amounts without a formula, and the used facts, assumptions and missing facts the letter must state.
 */
export function opinionPartsFromIntake(sources: IntakeSources): IntakeOpinionParts {
  const applicant = `申请人${sources.applicantName}`
  const slots = new SlotReader(sources.disputeType, sources.slots)
  const mapper = MAPPERS[sources.disputeType] ?? claimedAmountMapper(sources.disputeType)
  const amounts = mapper(slots, { narrative: sources.narrative, today: sources.today, figures: sources.figures })

  const byRole = { applicant, respondent: `被申请人${sources.respondentName}`, police: '民警' }
  const facts = [
    ...(sources.narrative.trim() ? [{ text: sources.narrative.trim(), statedBy: applicant }] : []),
    ...slots.statements(NOT_FACTS).map((text) => ({ text, statedBy: applicant })),
    ...sources.factSheet.map((f) => ({ text: `${f.statement}${STATUS_NOTE[f.status]}`, statedBy: byRole[f.statedBy] })),
  ]
  const claim = slots.text('claim')
  const claims = claim ? [claim] : amounts.claimedItems.map((c) => `${c.label} ${c.amount} 元`)
  const stated = slots.filled('evidence')?.value
  const evidence = [
    ...sources.uploadedFiles.map((name) => ({ name, submittedBy: applicant })),
    ...(Array.isArray(stated) ? stated : [])
      .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
      .map((name) => ({ name: name.trim(), submittedBy: applicant, stated: true })),
  ]
  return {
    facts,
    claims,
    evidence,
    calculations: amounts.calculations,
    claimedItems: amounts.claimedItems,
    usedFacts: slots.used,
    assumptions: slots.assumptions,
    missingFacts: slots.missing,
  }
}
