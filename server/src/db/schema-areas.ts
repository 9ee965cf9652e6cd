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

/** Agreement drafting (migration 2026-11-26T1100-agreements). */
export interface AgreementTables {
  agreement_versions: {
    document_row_id: string // = signable_documents.id
    case_id: string
    version: number
    content: string // JSON AgreementContent
    clauses: string // JSON AgreementClause[]
    flags: string // JSON AgreementFlag[]
    created_at: string
  }
  agreement_comments: {
    id: string
    case_id: string
    document_row_id: string
    clause_key: string
    author_user_id: string
    text: string
    proposed_text: string | null
    created_at: string
  }
  agreement_confirmations: {
    document_row_id: string
    party_id: string
    user_id: string
    sha256: string
    ip: string | null
    confirmed_at: string
  }
}

/** 2026-11-26T1200-judicial-service: judicial confirmation, electronic service, performance follow-up. */
export interface JudicialServiceTables {
  judicial_applications: {
    id: string
    case_id: string
    document_row_id: string
    court_id: string
    court_bases: string // JSON: CourtBasis[]
    status: string // awaiting_parties | submitted | filed | materials_requested | confirmed | rejected
    content: string // JSON: the application as generated (§6.4)
    application_file_id: string | null
    court_case_number: string | null
    submitted_at: string | null
    filed_at: string | null
    decision_due_at: string | null
    decided_at: string | null
    decision_reasons: string | null
    ruling_file_id: string | null
    created_by: string
    created_at: string
    updated_at: string
  }
  judicial_confirmations: { application_id: string; party_id: string; user_id: string; confirmed_at: string }
  judicial_material_requests: {
    id: string
    application_id: string
    message: string
    requested_by: string
    requested_at: string
    file_ids: string // JSON: string[]
    supplied_at: string | null
    due_date: string | null // YYYY-MM-DD (China date), the court's time limit (CPL-Interp 354)
  }
  service_addresses: {
    case_id: string
    party_id: string
    user_id: string
    channels: string // JSON: ['in_app', 'sms']
    phone: string
    confirmed_at: string
  }
  served_documents: {
    id: string
    case_id: string
    party_id: string
    user_id: string
    kind: string
    title: string
    source_type: string // sealed_document | file
    source_id: string
    sha256: string
    served_by: string | null
    served_at: string
    opened_at: string | null
  }
  instalments: {
    id: string
    case_id: string
    document_row_id: string
    term_index: number
    seq: number
    payer_party_id: string
    payee_party_id: string | null
    description: string
    amount_cents: number | null
    due_date: string
    status: string // due | paid | confirmed | defaulted
    paid_at: string | null
    receipt_file_id: string | null
    confirmed_at: string | null
    defaulted_at: string | null
    reminded_at: string | null
  }
  follow_up_visits: {
    id: string
    case_id: string
    mediator_user_id: string
    visited_on: string
    method: string
    performance: string
    notes: string
    created_at: string
  }
  mediation_ratings: {
    case_id: string
    party_id: string
    user_id: string
    score: number
    comment: string
    created_at: string
  }
}

/** 2026-11-26T1310-jobs-reminders: reminders the background jobs have sent (each once). */
export interface JobReminderTables {
  sent_reminders: {
    job: string // session_reminders | case_deadlines | judicial_decisions | instalment_overdue
    subject_id: string
    stage: string
    sent_at: string
  }
}

/** 2026-11-26T1300-mediation-record: the 调解笔录 versions and confirmations, and recorded terminations. */
export interface MediationRecordTables {
  mediation_records: {
    id: string
    case_id: string
    version: number
    header: string // JSON RecordHeader (participants with identity results, as at this version)
    content: string // JSON RecordContent
    body: string // the text confirmed; sha256 is of its UTF-8 bytes
    sha256: string
    all_confirmed_at: string | null
    pdf_file_id: string | null // the served PDF, once everyone confirmed
    served_at: string | null
    created_by: string
    created_at: string
  }
  mediation_record_confirmations: {
    record_id: string
    user_id: string
    role: string // applicant | respondent | mediator
    party_id: string | null
    sha256: string
    ip: string | null
    confirmed_at: string
  }
  case_terminations: {
    id: string
    case_id: string
    outcome: string // failed | partial
    reason: string
    routes: string // JSON FailureRoutes as told to the parties
    notice_file_id: string | null // 终止调解告知书 PDF served to the parties
    recorded_by: string
    created_at: string
  }
}
