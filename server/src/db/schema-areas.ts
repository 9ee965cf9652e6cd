/** Table types of the areas added after the foundation, one interface per migration. */

/** Booleans are 0/1 integers in both dialects. */
type Flag = number

/** Regional statistics for the calculators; `value` is decimal text (migration 2026-11-26T0600). */
export interface RegionalFiguresTable {
  id: string
  region_code: string
  region_name: string
  year: number
  kind: string
  value: string
  source: string
  verified: Flag
  updated_by: string | null
  created_at: string
  updated_at: string
}

/** Generated legal opinions, one row per version; `document` is the JSON opinion model. */
export interface OpinionsTable {
  id: string
  case_id: string
  version: number
  generator_version: string
  document: string
  created_by: string
  created_at: string
}

export interface CalculatorOpinionTables {
  regional_figures: RegionalFiguresTable
  opinions: OpinionsTable
}

/** Live mediation sessions (migration 2026-11-26T0715-sessions). */
export interface SessionTables {
  session_rooms: {
    id: string
    case_id: string
    kind: string // joint | caucus
    party_user_id: string | null
    room_key: string
    last_seq: number
    created_by: string | null
    created_at: string
  }
  session_room_members: { room_id: string; user_id: string; created_at: string }
  session_messages: {
    room_id: string
    seq: number
    sender_user_id: string | null
    client_msg_id: string | null
    kind: string // text | image | voice | system
    text: string | null
    file_id: string | null
    duration_sec: number | null
    event: string | null
    data: string // JSON
    created_at: string
  }
  session_reads: { room_id: string; user_id: string; last_read_seq: number; updated_at: string }
  session_schedules: {
    id: string
    case_id: string
    proposed_by: string
    starts_at: string
    duration_minutes: number
    note: string
    place: string | null // null: the online room (2026-11-26T1400-schedule-place)
    status: string // proposed | confirmed | declined | cancelled
    created_at: string
    updated_at: string
  }
  session_schedule_answers: {
    schedule_id: string
    user_id: string
    answer: string // pending | confirmed | declined
    comment: string
    answered_at: string | null
  }
}

/** E-signing (migration 2026-11-26T0800-signing). */
export interface SigningTables {
  /** One row per version of a signable document; `sha256` is of the UTF-8 body, the exact confirmed text. */
  signable_documents: {
    id: string
    document_id: string
    case_id: string
    kind: string // agreement | record
    version: number
    title: string
    body: string
    sha256: string
    status_matters: string // JSON array: marriage | adoption | inheritance (ESL art 3)
    confirmed_at: string | null
    effective_at: string | null
    created_by: string
    created_at: string
  }
  signing_events: {
    id: string
    document_row_id: string
    seq: number
    signer_user_id: string
    signer_role: string // party | mediator | committee
    event: string // canonical JSON of the SigningEvent
    event_hash: string
    signature_image: Buffer
    created_at: string
  }
  sealed_documents: {
    document_row_id: string
    case_id: string
    verification_code: string
    file_sha256: string
    head_hash: string
    record: string // JSON SealedRecord
    pdf: Buffer
    created_at: string
  }
  offline_signings: {
    document_row_id: string
    case_id: string
    matters: string // JSON array
    required_at: string
    signed_on_paper_at: string | null
    recorded_by: string | null
    note: string | null
  }
}

/** Guided intake (issue 3): conversations and police risk flags. */
export interface IntakeTables {
  intake_sessions: {
    id: string
    user_id: string
    status: string // open | submitted | abandoned
    dispute_type: string
    catalogue_version: string
    state: string // JSON IntakeState
    risk_level: string
    case_id: string | null
    created_at: string
    updated_at: string
  }
  case_risk_flags: {
    id: string
    case_id: string
    police_station_id: string | null
    level: string
    reasons: string // JSON array
    created_at: string
    acknowledged_at: string | null
    acknowledged_by: string | null
  }
}

/** Police referrals, share links, acceptance and assignment, fact sheet, notifications (2026-11-26T1000). */
export interface ReferralAssignmentTables {
  referrals: {
    case_id: string
    officer_user_id: string
    station_id: string
    incident_number: string
    facts: string
    created_at: string
  }
  case_invitations: {
    id: string
    case_id: string
    party_id: string
    token_hash: string
    invited_by: string
    expires_at: string
    claimed_at: string | null
    claimed_by: string | null
    revoked_at: string | null
    created_at: string
  }
  case_progress: {
    case_id: string
    accepted_at: string | null
    accepted_by: string | null
    deadline_days: number | null
    deadline_at: string | null
    deadline_basis: string | null
    respondent_answer: string | null // accepted | declined
    respondent_reason: string | null
    respondent_answered_at: string | null
    outcome: string | null // agreement | failed | performed
    outcome_at: string | null
    updated_at: string
  }
  case_transfers: {
    id: string
    case_id: string
    from_committee_id: string | null
    to_committee_id: string
    reason: string
    transferred_by: string
    created_at: string
  }
  mediator_assignments: {
    id: string
    case_id: string
    mediator_user_id: string
    method: string // manual | auto | party_request
    status: string // pending | accepted | conflict | withdrawn
    conflict_note: string | null
    assigned_by: string
    assigned_at: string
    answered_at: string | null
  }
  mediator_requests: {
    id: string
    case_id: string
    requested_by: string
    mediator_user_id: string
    status: string // open | honoured | not_available
    created_at: string
  }
  mediator_areas: { user_id: string; region_code: string }
  fact_sheet_items: {
    id: string
    case_id: string
    fact_key: string
    statement: string
    stated_by_role: string // applicant | respondent | police
    stated_by_user: string | null
    created_at: string
    updated_at: string
  }
  fact_sheet_marks: {
    item_id: string
    party_role: string
    user_id: string
    mark: string // agree | dispute
    comment: string | null
    updated_at: string
  }
  notifications: {
    id: string
    user_id: string
    kind: string
    title: string
    body: string
    case_id: string | null
    created_at: string
    read_at: string | null
  }
}
