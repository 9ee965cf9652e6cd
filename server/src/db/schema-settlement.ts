/**
 * Table types of the settlement areas (agreement, mediation record, judicial confirmation, electronic service,
 * performance, reminders), one interface per migration; the earlier areas are in schema-areas.ts.
 */

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
