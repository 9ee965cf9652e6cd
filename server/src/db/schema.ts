import type { Generated } from 'kysely'
import type {
  CalculatorOpinionTables,
  SessionTables,
  SigningTables,
  IntakeTables,
  ReferralAssignmentTables,
} from './schema-areas'
import type {
  AgreementTables,
  JudicialServiceTables,
  MediationRecordTables,
  JobReminderTables,
} from './schema-settlement'

/** Booleans are stored as 0/1 integers in both dialects; dates as ISO text; JSON as text. */
type Flag = number

export interface UsersTable {
  id: string
  phone: string
  phone_masked: string
  display_name: string
  wx_openid: string | null
  real_name: string | null
  id_number_enc: string | null
  id_number_hash: string | null
  id_number_masked: string | null
  real_name_verified_at: string | null
  organisation_id: string | null
  specialities: string // JSON array
  settings: string // JSON object
  active: Flag
  created_at: string
  updated_at: string
}

export interface UserRolesTable {
  user_id: string
  role: string
}

export interface RegionsTable {
  code: string
  name: string
  level: string
  parent_code: string | null
}

export interface OrganisationsTable {
  id: string
  name: string
  type: string
  level: string | null
  specialities: string // JSON array
  region_code: string
  address: string
  phone: string
  service_area: string // JSON array of region codes
  active: Flag
  created_at: string
  updated_at: string
}

export interface SmsCodesTable {
  phone: string
  purpose: string // login_code | sign_code: a code only works for what it was sent for
  code_hash: string
  expires_at: string
  sent_at: string
  failed_attempts: number
  locked_until: string | null
}

export interface RefreshTokensTable {
  id: string
  user_id: string
  family_id: string
  token_hash: string
  expires_at: string
  created_at: string
  used_at: string | null
  revoked_at: string | null
}

export interface AuditLogTable {
  seq: Generated<number>
  at: string
  actor_user_id: string | null
  action: string
  entity_type: string
  entity_id: string | null
  data: string // JSON
  ip: string | null
  prev_hash: string
  hash: string
}

export interface CasesTable {
  id: string
  case_number: string
  title: string
  dispute_type: string
  status: string
  narrative: string
  facts: string // JSON
  region_code: string | null
  committee_id: string | null
  source: string // self | police | court | government
  created_by: string
  created_at: string
  updated_at: string
}

export interface CasePartiesTable {
  id: string
  case_id: string
  role: string // applicant | respondent
  user_id: string | null
  name: string
  phone: string | null
  kind: string // person | organisation
  created_at: string
}

export interface CaseStaffTable {
  case_id: string
  user_id: string
  role: string // mediator | police | court_clerk
  created_at: string
}

export interface CaseNumbersTable {
  year: number
  last: number
}

export interface FilesTable {
  id: string
  storage_key: string
  case_id: string | null
  uploaded_by: string
  kind: string // image | audio | pdf
  content_type: string
  size: number
  sha256: string
  original_name: string | null
  created_at: string
  /** The session room it was sent in (2026-11-26T1330-caucus-files); caucus files are for its members only. */
  room_id: string | null
}

/** Tables created by the foundation migration. */
export interface FoundationTables {
  users: UsersTable
  user_roles: UserRolesTable
  regions: RegionsTable
  organisations: OrganisationsTable
  sms_codes: SmsCodesTable
  refresh_tokens: RefreshTokensTable
  audit_log: AuditLogTable
  cases: CasesTable
  case_parties: CasePartiesTable
  case_staff: CaseStaffTable
  case_numbers: CaseNumbersTable
  files: FilesTable
}

/**
 * The whole database. Each area declares its tables in its own interface (next to its migration's name)
 * and adds it to this list.
 */
export interface DatabaseSchema
  extends FoundationTables,
    CalculatorOpinionTables,
    SessionTables,
    SigningTables,
    IntakeTables,
    ReferralAssignmentTables,
    AgreementTables,
    JudicialServiceTables,
    MediationRecordTables,
    JobReminderTables {}
