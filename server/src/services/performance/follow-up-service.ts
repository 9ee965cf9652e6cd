import type { Performance, RatingBody, RatingList, VisitBody } from '@contract/performance'
import type { Db } from '../../db/database'
import { conflict, forbidden, notFound } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import type { JudicialDeps } from '../judicial/judicial-deps'

const CASE_NOT_FOUND = () => notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')

export async function listVisits(db: Db, caseId: string): Promise<Performance['visits']> {
  const rows = await db
    .selectFrom('follow_up_visits as v')
    .innerJoin('users as u', 'u.id', 'v.mediator_user_id')
    .select(['v.id', 'v.visited_on', 'v.method', 'v.performance', 'v.notes', 'u.display_name', 'u.real_name'])
    .where('v.case_id', '=', caseId)
    .orderBy('v.visited_on')
    .orderBy('v.created_at')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    visitedOn: r.visited_on,
    method: r.method,
    performance: r.performance,
    notes: r.notes,
    mediatorName: r.real_name ?? r.display_name,
  }))
}

/** Follow-up visits by the case's mediator (PML 31: the committee supervises performance) and party ratings. */
export class FollowUpService {
  constructor(private readonly deps: JudicialDeps) {}

  async addVisit(
    auth: AuthContext,
    caseId: string,
    body: VisitBody,
    ip: string | null,
  ): Promise<Performance['visits']> {
    const relation = await caseRelation(this.deps.database, auth, caseId)
    if (!relation) throw CASE_NOT_FOUND()
    if (relation !== 'staff' || !auth.roles.includes('mediator')) {
      throw forbidden('VISIT_MEDIATOR_ONLY', '只有本案调解员可以登记回访')
    }
    const now = this.deps.clock.now().toISOString()
    await this.deps.database.transaction(async (tx) => {
      const id = newId()
      await tx
        .insertInto('follow_up_visits')
        .values({
          id,
          case_id: caseId,
          mediator_user_id: auth.userId,
          visited_on: body.visitedOn,
          method: body.method,
          performance: body.performance,
          notes: body.notes,
          created_at: now,
        })
        .execute()
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'performance.visit',
        entityType: 'case',
        entityId: caseId,
        data: { visitId: id, visitedOn: body.visitedOn, performance: body.performance },
        ip,
      })
    })
    return listVisits(this.deps.database.db, caseId)
  }

  /** Each party rates the mediation once. */
  async rate(auth: AuthContext, caseId: string, body: RatingBody, ip: string | null): Promise<void> {
    if (!(await caseRelation(this.deps.database, auth, caseId))) throw CASE_NOT_FOUND()
    const mine = await this.deps.database.db
      .selectFrom('case_parties')
      .select('id')
      .where('case_id', '=', caseId)
      .where('user_id', '=', auth.userId)
      .execute()
    if (!mine.length) throw forbidden('RATING_NOT_PARTY', '只有本案当事人可以评价调解')
    const now = this.deps.clock.now().toISOString()
    await this.deps.database.transaction(async (tx) => {
      const existing = await tx
        .selectFrom('mediation_ratings')
        .select('party_id')
        .where('case_id', '=', caseId)
        .where(
          'party_id',
          'in',
          mine.map((p) => p.id),
        )
        .executeTakeFirst()
      if (existing) throw conflict('RATING_EXISTS', '您已经评价过本次调解')
      for (const party of mine) {
        await tx
          .insertInto('mediation_ratings')
          .values({
            case_id: caseId,
            party_id: party.id,
            user_id: auth.userId,
            score: body.score,
            comment: body.comment ?? '',
            created_at: now,
          })
          .execute()
      }
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'performance.rate',
        entityType: 'case',
        entityId: caseId,
        data: { score: body.score },
        ip,
      })
    })
  }

  /** The committee's admins see every party's rating of the case. */
  async ratings(auth: AuthContext, caseId: string): Promise<RatingList> {
    const relation = await caseRelation(this.deps.database, auth, caseId)
    if (!relation) throw CASE_NOT_FOUND()
    if (relation !== 'committee_admin') throw forbidden('RATINGS_ADMIN_ONLY', '评价仅调委会管理员可见')
    const rows = await this.deps.database.db
      .selectFrom('mediation_ratings as r')
      .innerJoin('case_parties as p', 'p.id', 'r.party_id')
      .select(['p.name', 'r.score', 'r.comment', 'r.created_at'])
      .where('r.case_id', '=', caseId)
      .orderBy('r.created_at')
      .orderBy('p.role')
      .orderBy('p.id')
      .execute()
    const items = rows.map((r) => ({
      partyName: r.name,
      score: Number(r.score),
      comment: r.comment,
      createdAt: r.created_at,
    }))
    const average = items.length ? Math.round((items.reduce((s, i) => s + i.score, 0) / items.length) * 10) / 10 : null
    return { items, average }
  }
}
