import type { RecordResult } from '@contract/mediation-record'

/** Everything the record is generated from, as plain data (loaded by services/mediation-record/load-sources). */

export type PartyRole = 'applicant' | 'respondent'

export interface IdentitySnapshot {
  verified: boolean
  verifiedAt: string | null
  idNumberMasked: string | null
}

export interface SourceParty {
  partyId: string
  role: PartyRole
  name: string
  kind: 'person' | 'organisation'
  userId: string | null
  identity: IdentitySnapshot | null
}

export interface SourceStaff {
  userId: string
  name: string
  identity: IdentitySnapshot
}

export interface SourceMessage {
  senderUserId: string
  text: string
  createdAt: string
}

export interface SourceFact {
  statement: string
  statedBy: 'applicant' | 'respondent' | 'police'
  status: 'agreed' | 'disputed' | 'pending'
  disputeComments: { role: PartyRole; comment: string | null }[]
}

export interface RecordSources {
  case: {
    caseNumber: string
    title: string
    disputeType: string
    disputeTypeName: string
    narrative: string
    committeeName: string | null
    /**
     * Each side's own account and 调解请求 from intake (the claim slot), or the respondent's reply to the
     * invitation. A police officer's account of a referred case is not a party's statement.
     */
    own: Record<PartyRole, { account: string | null; claim: string | null }>
  }
  parties: SourceParty[]
  /** Mediators who accepted the case (OMR 11: one presides; the first listed). */
  mediators: SourceStaff[]
  /** The person generating the record; records it unless the mediator names another recorder. */
  recorder: SourceStaff
  /** How many assigned mediators stood down after declaring a conflict (OMR 13); their notes stay private. */
  withdrawnForConflict: number
  jointRoomId: string | null
  /** Text messages the parties themselves sent in the joint room (no system events, no caucus). */
  messages: SourceMessage[]
  /** Start times (ISO) of confirmed session schedules. */
  confirmedSessions: string[]
  facts: SourceFact[]
  evidence: { fileId: string; name: string; producedBy: string }[]
  outcome: { result: RecordResult; reason: string | null }
  /** ISO instant of generation. */
  now: string
}
