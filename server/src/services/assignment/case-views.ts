import type { CaseProgress, CommitteeCase, MediatorAssignment } from '@contract/assignment'
import type { CaseStatus } from '@contract/cases'
import type { CaseOutcome } from '@contract/referrals'
import type { Database } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import { organisationOf } from './case-people'
import { deadlineView } from './deadlines'
import { ACTIVE_STATUSES } from './mediator-ranking'
import type { WorkflowSettings } from './workflow-settings'

/** Read side of assignment: a case's progress (deadline, mediators, answer) and the committee's work list. */
export class CaseViews {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly settings: WorkflowSettings,
  ) {}

  private async assignments(caseIds: string[]) {
    if (caseIds.length === 0) return []
    return this.database.db
      .selectFrom('mediator_assignments')
      .innerJoin('users', 'users.id', 'mediator_assignments.mediator_user_id')
      .selectAll('mediator_assignments')
      .select(['users.display_name', 'users.real_name'])
      .where('mediator_assignments.case_id', 'in', caseIds)
      .orderBy('mediator_assignments.assigned_at', 'asc')
      .execute()
  }

  async progress(caseId: string, auth: AuthContext): Promise<CaseProgress> {
    const relation = await caseRelation(this.database, auth, caseId)
    if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    const row = await this.database.db
      .selectFrom('cases')
      .leftJoin('organisations', 'organisations.id', 'cases.committee_id')
      .leftJoin('case_progress', 'case_progress.case_id', 'cases.id')
      .select([
        'cases.status',
        'cases.dispute_type',
        'cases.committee_id',
        'organisations.name as committee_name',
        'case_progress.accepted_at',
        'case_progress.deadline_days',
        'case_progress.deadline_at',
        'case_progress.deadline_basis',
        'case_progress.respondent_answer',
        'case_progress.respondent_reason',
        'case_progress.respondent_answered_at',
        'case_progress.outcome',
      ])
      .where('cases.id', '=', caseId)
      .executeTakeFirstOrThrow()
    const mediators: MediatorAssignment[] = (await this.assignments([caseId]))
      .filter((a) => a.status !== 'withdrawn')
      .map((a) => ({
        id: a.id,
        mediatorUserId: a.mediator_user_id,
        mediatorName: a.real_name ?? a.display_name,
        method: a.method as MediatorAssignment['method'],
        status: a.status as MediatorAssignment['status'],
        // A conflict note is for the committee; parties learn only that the mediator stood down.
        conflictNote: relation === 'committee_admin' ? a.conflict_note : null,
        assignedAt: a.assigned_at,
      }))
    return {
      caseId,
      status: row.status as CaseStatus,
      committee: row.committee_id && row.committee_name ? { id: row.committee_id, name: row.committee_name } : null,
      acceptedAt: row.accepted_at ?? null,
      deadline: deadlineView(
        {
          deadline_days: row.deadline_days ?? null,
          deadline_at: row.deadline_at ?? null,
          deadline_basis: row.deadline_basis ?? null,
        },
        row.status,
        this.clock.now(),
        this.settings,
        row.dispute_type,
      ),
      respondentAnswer:
        row.respondent_answer && row.respondent_answered_at
          ? { answer: row.respondent_answer, reason: row.respondent_reason ?? null, at: row.respondent_answered_at }
          : null,
      mediators,
      outcome: (row.outcome as CaseOutcome | null) ?? null,
    }
  }

  /** The admin's committee cases: incoming (待受理), active, or overdue (deadline passed, still open). */
  async committeeCases(auth: AuthContext, view: 'incoming' | 'active' | 'overdue'): Promise<CommitteeCase[]> {
    if (!auth.roles.includes('committee_admin')) throw forbidden('COMMITTEE_ADMIN_ONLY', '只有调解委员会管理员可以查看')
    const committeeId = await organisationOf(this.database.db, auth.userId)
    if (!committeeId) return []
    const statuses = view === 'incoming' ? ['pending_acceptance'] : ACTIVE_STATUSES
    const rows = await this.database.db
      .selectFrom('cases')
      .leftJoin('case_progress', 'case_progress.case_id', 'cases.id')
      .select([
        'cases.id',
        'cases.case_number',
        'cases.title',
        'cases.dispute_type',
        'cases.source',
        'cases.status',
        'cases.created_at',
        'case_progress.deadline_days',
        'case_progress.deadline_at',
        'case_progress.deadline_basis',
      ])
      .where('cases.committee_id', '=', committeeId)
      .where('cases.status', 'in', statuses)
      .orderBy('cases.created_at', 'asc')
      .orderBy('cases.id', 'asc')
      .execute()
    const ids = rows.map((r) => r.id)
    const assignments = await this.assignments(ids)
    const requests = ids.length
      ? await this.database.db
          .selectFrom('mediator_requests')
          .innerJoin('users', 'users.id', 'mediator_requests.mediator_user_id')
          .select([
            'mediator_requests.case_id',
            'mediator_requests.mediator_user_id',
            'mediator_requests.status',
            'users.display_name',
            'users.real_name',
          ])
          .where('mediator_requests.case_id', 'in', ids)
          .execute()
      : []
    const now = this.clock.now()
    const items = rows.map((r) => ({
      caseId: r.id,
      caseNumber: r.case_number,
      title: r.title,
      disputeType: r.dispute_type,
      source: r.source,
      status: r.status as CaseStatus,
      createdAt: r.created_at,
      deadline: deadlineView(
        {
          deadline_days: r.deadline_days ?? null,
          deadline_at: r.deadline_at ?? null,
          deadline_basis: r.deadline_basis ?? null,
        },
        r.status,
        now,
        this.settings,
        r.dispute_type,
      ),
      mediators: assignments
        .filter((a) => a.case_id === r.id && a.status !== 'withdrawn')
        .map((a) => ({ userId: a.mediator_user_id, name: a.real_name ?? a.display_name, status: a.status })),
      requestedMediators: requests
        .filter((q) => q.case_id === r.id)
        .map((q) => ({ userId: q.mediator_user_id, name: q.real_name ?? q.display_name, status: q.status })),
    }))
    return view === 'overdue' ? items.filter((i) => i.deadline?.overdue) : items
  }
}
