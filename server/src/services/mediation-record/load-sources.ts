import type { RecordResult } from '@contract/mediation-record'
import type { Db } from '../../db/database'
import { CATALOGUE, isDisputeTypeCode } from '../../domain/intake/catalogue'
import type {
  IdentitySnapshot,
  PartyRole,
  RecordSources,
  SourceFact,
  SourceStaff,
} from '../../domain/mediation-record/record-sources'
import { parseJson } from '../../lib/json'
import { factStatus } from '../fact-sheet/fact-status'
import { sharedCaseFile } from '../storage/caucus-files'

type SlotState = { status?: string; value?: unknown; display?: string; text?: string }
type UserRow = {
  id: string
  display_name: string
  real_name: string | null
  real_name_verified_at: string | null
  id_number_masked: string | null
}

export const disputeTypeName = (type: string) => (isDisputeTypeCode(type) ? CATALOGUE[type].name : type)

const identityOf = (u: UserRow): IdentitySnapshot => ({
  verified: u.real_name_verified_at !== null,
  verifiedAt: u.real_name_verified_at,
  idNumberMasked: u.id_number_masked,
})
const staffOf = (u: UserRow): SourceStaff => ({
  userId: u.id,
  name: u.real_name ?? u.display_name,
  identity: identityOf(u),
})

async function users(db: Db, ids: string[]): Promise<Map<string, UserRow>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'real_name', 'real_name_verified_at', 'id_number_masked'])
    .where('id', 'in', ids)
    .execute()
  return new Map(rows.map((r) => [r.id, r]))
}

/**
 * The case's own files a party or staff uploaded (generated PDFs are documents, not evidence). Caucus (背靠背)
 * files stay out: the record is shared with every party.
 */
export async function caseEvidenceFiles(db: Db, caseId: string) {
  return db
    .selectFrom('files')
    .leftJoin('users', 'users.id', 'files.uploaded_by')
    .select(['files.id', 'files.original_name', 'files.uploaded_by', 'users.display_name', 'users.real_name'])
    .where('files.case_id', '=', caseId)
    .where('files.storage_key', 'not like', 'generated/%')
    .where(sharedCaseFile)
    .orderBy('files.created_at')
    .orderBy('files.id')
    .execute()
}

/** Reads the case, its people, the joint-room messages and the fact sheet: the inputs of generateRecord. */
export async function loadRecordSources(
  db: Db,
  caseId: string,
  recorderUserId: string,
  now: Date,
): Promise<RecordSources> {
  const kase = await db
    .selectFrom('cases')
    .leftJoin('organisations', 'organisations.id', 'cases.committee_id')
    .leftJoin('case_progress', 'case_progress.case_id', 'cases.id')
    .select([
      'cases.case_number',
      'cases.title',
      'cases.dispute_type',
      'cases.narrative',
      'cases.facts',
      'cases.source',
      'organisations.name as committee_name',
      'case_progress.respondent_reason',
      'case_progress.outcome',
    ])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow()
  const parties = await db
    .selectFrom('case_parties')
    .select(['id', 'role', 'name', 'kind', 'user_id'])
    .where('case_id', '=', caseId)
    .orderBy('role')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const mediatorIds = (
    await db
      .selectFrom('case_staff')
      .select('user_id')
      .where('case_id', '=', caseId)
      .where('role', '=', 'mediator')
      .orderBy('created_at')
      .execute()
  ).map((r) => r.user_id)
  const withdrawn = await db
    .selectFrom('mediator_assignments')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', '=', 'conflict')
    .execute()
  const people = await users(db, [
    ...new Set([...mediatorIds, recorderUserId, ...parties.flatMap((p) => (p.user_id ? [p.user_id] : []))]),
  ])

  const partyUserIds = parties.flatMap((p) => (p.user_id ? [p.user_id] : []))
  const joint = await db
    .selectFrom('session_rooms')
    .select('id')
    .where('case_id', '=', caseId)
    .where('kind', '=', 'joint')
    .executeTakeFirst()
  const messages =
    joint && partyUserIds.length
      ? await db
          .selectFrom('session_messages')
          .select(['sender_user_id', 'text', 'created_at'])
          .where('room_id', '=', joint.id)
          .where('kind', '=', 'text')
          .where('sender_user_id', 'in', partyUserIds)
          .orderBy('seq')
          .execute()
      : []
  const sessions = await db
    .selectFrom('session_schedules')
    .select('starts_at')
    .where('case_id', '=', caseId)
    .where('status', '=', 'confirmed')
    .execute()

  const evidence = await caseEvidenceFiles(db, caseId)
  const facts = parseJson<CaseFacts>(kase.facts, {})
  const termination = await db
    .selectFrom('case_terminations')
    .select('reason')
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()

  return {
    case: {
      caseNumber: kase.case_number,
      title: kase.title,
      disputeType: kase.dispute_type,
      disputeTypeName: disputeTypeName(kase.dispute_type),
      narrative: kase.narrative,
      committeeName: kase.committee_name ?? null,
      own: ownStatements(facts, kase.source, kase.narrative, kase.respondent_reason ?? null),
    },
    parties: parties.map((p) => {
      const user = p.user_id ? people.get(p.user_id) : undefined
      return {
        partyId: p.id,
        role: p.role as PartyRole,
        name: p.name,
        kind: p.kind === 'organisation' ? 'organisation' : 'person',
        userId: p.user_id,
        identity: user ? identityOf(user) : null,
      }
    }),
    mediators: mediatorIds.flatMap((id) => (people.has(id) ? [staffOf(people.get(id)!)] : [])),
    recorder: staffOf(people.get(recorderUserId)!),
    withdrawnForConflict: withdrawn.length,
    jointRoomId: joint?.id ?? null,
    messages: messages.map((m) => ({ senderUserId: m.sender_user_id!, text: m.text ?? '', createdAt: m.created_at })),
    confirmedSessions: sessions.map((s) => s.starts_at),
    facts: await loadFacts(db, caseId),
    evidence: evidence.map((f) => ({
      fileId: f.id,
      name: f.original_name ?? '材料',
      producedBy: f.real_name ?? f.display_name ?? '',
    })),
    outcome: { result: recordResult(kase.outcome ?? null), reason: termination?.reason ?? null },
    now: now.toISOString(),
  }
}

/** Intake keeps each side's own account under facts.statements (a later intake) or, for self-filed cases, as the case. */
type CaseFacts = {
  slots?: Record<string, SlotState>
  statements?: Partial<Record<PartyRole, { narrative?: string; slots?: Record<string, SlotState> }>>
}

function claimOf(slots: Record<string, SlotState> | undefined): string | null {
  const claim = slots?.claim
  if (claim?.status !== 'filled') return null
  const text = claim.display ?? claim.text ?? (typeof claim.value === 'string' ? claim.value : null)
  return typeof text === 'string' ? text : null
}

function ownStatements(
  facts: CaseFacts,
  source: string,
  narrative: string,
  respondentReason: string | null,
): RecordSources['case']['own'] {
  const later = facts.statements ?? {}
  const selfFiled = source === 'self'
  return {
    applicant: {
      account: later.applicant?.narrative ?? (selfFiled ? narrative : null),
      claim: claimOf(later.applicant?.slots) ?? (selfFiled ? claimOf(facts.slots) : null),
    },
    respondent: {
      account: later.respondent?.narrative ?? respondentReason,
      claim: claimOf(later.respondent?.slots),
    },
  }
}

function recordResult(outcome: string | null): RecordResult {
  if (outcome === 'agreement' || outcome === 'performed') return 'agreement'
  if (outcome === 'partial' || outcome === 'failed') return outcome
  return 'pending'
}

async function loadFacts(db: Db, caseId: string): Promise<SourceFact[]> {
  const items = await db
    .selectFrom('fact_sheet_items')
    .select(['id', 'statement', 'stated_by_role'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('fact_key')
    .execute()
  if (items.length === 0) return []
  const marks = await db
    .selectFrom('fact_sheet_marks')
    .select(['item_id', 'party_role', 'mark', 'comment'])
    .where(
      'item_id',
      'in',
      items.map((i) => i.id),
    )
    .execute()
  return items.map((item) => {
    const mine = marks.filter((m) => m.item_id === item.id)
    const markOf = (role: PartyRole) => {
      const m = mine.find((x) => x.party_role === role)
      return m ? { mark: m.mark as 'agree' | 'dispute' } : null
    }
    const statedBy = item.stated_by_role as SourceFact['statedBy']
    return {
      statement: item.statement,
      statedBy,
      status: factStatus(statedBy, { applicant: markOf('applicant'), respondent: markOf('respondent') }),
      disputeComments: mine
        .filter((m) => m.mark === 'dispute')
        .map((m) => ({ role: m.party_role as PartyRole, comment: m.comment })),
    }
  })
}
