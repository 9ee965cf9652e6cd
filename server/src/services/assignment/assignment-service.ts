import type { AssignMediatorBody, MediatorCandidate } from '@contract/assignment'
import type { Database, DbTx } from '../../db/database'
import { badRequest, conflict } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import type { RequestMeta } from '../invitations/invitation-service'
import type { Notice } from '../notifications/notifier'
import { ensureProgress, partyUserIds, receivedAt, regionLineage, type CaseRow } from './case-people'
import { caseForCommitteeAdmin } from './committee-admin'
import { deadlineRule, dueAt } from './deadlines'
import { committeeMediators, rankMediators, specialitiesFor } from './mediator-ranking'
import type { WorkflowSettings } from './workflow-settings'
import { auditCase, runWithNotices, type WorkflowDeps } from './workflow-tx'

type Db = Database['db'] | DbTx
export type AssignmentMethod = 'manual' | 'auto' | 'party_request'

/** Committee acceptance (starting the deadline) and mediator assignment: by hand, automatic, or as asked (PML 19). */
export class AssignmentService {
  constructor(
    private readonly deps: WorkflowDeps,
    private readonly settings: WorkflowSettings,
  ) {}

  async accept(caseId: string, meta: RequestMeta): Promise<void> {
    const kase = await caseForCommitteeAdmin(this.deps.database.db, caseId, meta.auth)
    await runWithNotices(this.deps, async (tx, notices, now) => {
      const stamp = now.toISOString()
      const updated = await tx
        .updateTable('cases')
        .set({ status: 'accepted', updated_at: stamp })
        .where('id', '=', caseId)
        .where('status', '=', 'pending_acceptance')
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) !== 1) throw conflict('CASE_STATE_INVALID', '只有待受理的案件可以受理')
      const rule = deadlineRule(kase.dispute_type, this.settings)
      await ensureProgress(tx, caseId, now)
      await tx
        .updateTable('case_progress')
        .set({
          accepted_at: stamp,
          accepted_by: meta.auth.userId,
          deadline_days: rule.days,
          deadline_at: dueAt(rule.from === 'received' ? await receivedAt(tx, kase) : now, rule.days).toISOString(),
          deadline_basis: rule.basis,
          updated_at: stamp,
        })
        .where('case_id', '=', caseId)
        .execute()
      await auditCase(this.deps, tx, meta, 'case.accept', caseId, {
        committeeId: kase.committee_id,
        deadlineDays: rule.days,
      })
      for (const { userId } of await partyUserIds(tx, caseId)) {
        notices.push({
          userId,
          kind: 'case_accepted',
          title: '调解申请已受理',
          body: `案件${kase.case_number}已由调解委员会受理，将为您安排调解员。`,
          caseId,
        })
      }
      // Mediators the parties asked for are honoured as soon as the committee takes the case (PML 19);
      // one who has left the committee since is recorded as not available.
      const requests = await tx
        .selectFrom('mediator_requests')
        .select('mediator_user_id')
        .where('case_id', '=', caseId)
        .where('status', '=', 'open')
        .execute()
      const members = await committeeMediators(tx, kase.committee_id!)
      for (const mediatorUserId of new Set(requests.map((r) => r.mediator_user_id))) {
        if (members.some((m) => m.userId === mediatorUserId)) {
          await this.assignInTx(tx, kase, mediatorUserId, 'party_request', meta, notices, now)
        } else {
          await tx
            .updateTable('mediator_requests')
            .set({ status: 'not_available' })
            .where('case_id', '=', caseId)
            .where('mediator_user_id', '=', mediatorUserId)
            .execute()
        }
      }
    })
  }

  async candidates(caseId: string, auth: AuthContext): Promise<MediatorCandidate[]> {
    const kase = await caseForCommitteeAdmin(this.deps.database.db, caseId, auth)
    return this.rank(this.deps.database.db, kase)
  }

  private async rank(db: Db, kase: CaseRow): Promise<MediatorCandidate[]> {
    const profiles = await committeeMediators(db, kase.committee_id!)
    const lineage = kase.region_code ? await regionLineage(db, kase.region_code) : []
    const requested = await db
      .selectFrom('mediator_requests')
      .select('mediator_user_id')
      .where('case_id', '=', kase.id)
      .where('status', 'in', ['open', 'honoured'])
      .execute()
    return rankMediators(profiles, {
      specialities: specialitiesFor(kase.dispute_type),
      lineage,
      requested: requested.map((r) => r.mediator_user_id),
    })
  }

  async assign(
    caseId: string,
    body: AssignMediatorBody,
    meta: RequestMeta,
  ): Promise<{ mediatorUserId: string; method: AssignmentMethod }> {
    if (!body.auto === !body.mediatorUserId) {
      throw badRequest('ASSIGN_TARGET_REQUIRED', '请选择一位调解员，或选择自动指派（二选一）', [
        { field: 'mediatorUserId', message: '须指定调解员或选择自动指派' },
      ])
    }
    const kase = await caseForCommitteeAdmin(this.deps.database.db, caseId, meta.auth)
    let result: { mediatorUserId: string; method: AssignmentMethod } | undefined
    await runWithNotices(this.deps, async (tx, notices, now) => {
      let mediatorUserId = body.mediatorUserId
      let method: AssignmentMethod = 'manual'
      if (body.auto) {
        const taken = await tx
          .selectFrom('mediator_assignments')
          .select('mediator_user_id')
          .where('case_id', '=', caseId)
          .where('status', 'in', ['pending', 'accepted', 'conflict'])
          .execute()
        const pick = (await this.rank(tx, kase)).find((c) => !taken.some((t) => t.mediator_user_id === c.userId))
        if (!pick) throw conflict('NO_MEDIATOR_AVAILABLE', '本调解委员会暂无可指派的调解员')
        mediatorUserId = pick.userId
        method = pick.requestedByParty ? 'party_request' : 'auto'
      }
      await this.assignInTx(tx, kase, mediatorUserId!, method, meta, notices, now)
      result = { mediatorUserId: mediatorUserId!, method }
    })
    return result!
  }

  /** Adds a mediator to the case (access comes through case_staff) with an assignment awaiting their answer. */
  async assignInTx(
    tx: DbTx,
    kase: CaseRow,
    mediatorUserId: string,
    method: AssignmentMethod,
    meta: RequestMeta,
    notices: Notice[],
    now: Date,
  ): Promise<void> {
    const current = await tx.selectFrom('cases').select('status').where('id', '=', kase.id).executeTakeFirstOrThrow()
    if (!['accepted', 'in_mediation'].includes(current.status)) {
      throw conflict('CASE_NOT_ACCEPTED', '请先受理案件，再指派调解员')
    }
    const member = (await committeeMediators(tx, kase.committee_id!)).some((m) => m.userId === mediatorUserId)
    if (!member) {
      throw badRequest('MEDIATOR_NOT_IN_COMMITTEE', '该调解员不属于本调解委员会或已停用', [
        { field: 'mediatorUserId', message: '不是本调解委员会的调解员' },
      ])
    }
    const previous = await tx
      .selectFrom('mediator_assignments')
      .select('status')
      .where('case_id', '=', kase.id)
      .where('mediator_user_id', '=', mediatorUserId)
      .where('status', 'in', ['pending', 'accepted', 'conflict'])
      .executeTakeFirst()
    if (previous?.status === 'conflict') {
      throw conflict('MEDIATOR_CONFLICT_DECLARED', '该调解员已就本案申报利益冲突，不能指派')
    }
    if (previous) throw conflict('MEDIATOR_ALREADY_ASSIGNED', '该调解员已被指派本案')
    const stamp = now.toISOString()
    await tx
      .insertInto('case_staff')
      .values({ case_id: kase.id, user_id: mediatorUserId, role: 'mediator', created_at: stamp })
      .execute()
    await tx
      .insertInto('mediator_assignments')
      .values({
        id: newId(),
        case_id: kase.id,
        mediator_user_id: mediatorUserId,
        method,
        status: 'pending',
        conflict_note: null,
        assigned_by: meta.auth.userId,
        assigned_at: stamp,
        answered_at: null,
      })
      .execute()
    await tx
      .updateTable('mediator_requests')
      .set({ status: 'honoured' })
      .where('case_id', '=', kase.id)
      .where('mediator_user_id', '=', mediatorUserId)
      .where('status', '=', 'open')
      .execute()
    await auditCase(this.deps, tx, meta, 'case.assign_mediator', kase.id, { mediatorUserId, method })
    notices.push({
      userId: mediatorUserId,
      kind: 'mediator_assigned',
      title: '新的调解指派',
      body: `您被指派调解案件${kase.case_number}，请确认接受并申报是否存在利益冲突。`,
      caseId: kase.id,
    })
  }
}
