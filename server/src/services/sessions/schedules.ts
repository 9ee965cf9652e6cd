import type { AnswerScheduleBody, ProposeScheduleBody, Schedule } from '@contract/sessions'
import type { Database } from '../../db/database'
import type { Clock } from '../../lib/clock'
import { badRequest, conflict, notFound } from '../../lib/app-error'
import { newId } from '../../lib/ids'
import type { AuditLog } from '../audit/audit-log'
import { answerPeople } from './schedule-people'
import type { SessionService } from './session-service'

type ScheduleStatus = Schedule['status']

/** Status from the parties' answers: one refusal declines the proposal; it stands once everyone confirmed. */
function statusFrom(answers: string[]): ScheduleStatus {
  if (answers.includes('declined')) return 'declined'
  return answers.length > 0 && answers.every((a) => a === 'confirmed') ? 'confirmed' : 'proposed'
}

/**
 * Session scheduling: the mediator proposes a time, each party with an account answers. Pending answers are the
 * parties' in-app notifications; both steps are audited and appear as system events in the joint room.
 * Reminders before a confirmed time (in-app and subscribe message) are sent by the background jobs
 * (services/jobs/session-reminders.ts).
 */
export class Schedules {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
  ) {}

  async propose(caseId: string, mediatorUserId: string, body: ProposeScheduleBody, ip: string): Promise<Schedule> {
    const startsAt = new Date(body.startsAt)
    const now = this.clock.now()
    if (Number.isNaN(startsAt.getTime()) || startsAt <= now) {
      throw badRequest('SCHEDULE_IN_PAST', '调解时间须晚于现在', [{ field: 'startsAt', message: '请选择将来的时间' }])
    }
    const parties = await this.database.db
      .selectFrom('case_parties')
      .select('user_id')
      .where('case_id', '=', caseId)
      .where('user_id', 'is not', null)
      .execute()
    const id = newId()
    const at = now.toISOString()
    const place = body.place?.trim() || null
    await this.database.transaction(async (tx) => {
      await tx
        .insertInto('session_schedules')
        .values({
          id,
          case_id: caseId,
          proposed_by: mediatorUserId,
          starts_at: startsAt.toISOString(),
          duration_minutes: body.durationMinutes,
          note: body.note?.trim() ?? '',
          place,
          status: 'proposed',
          created_at: at,
          updated_at: at,
        })
        .execute()
      for (const userId of new Set(parties.map((p) => p.user_id!))) {
        await tx
          .insertInto('session_schedule_answers')
          .values({ schedule_id: id, user_id: userId, answer: 'pending', comment: '', answered_at: null })
          .execute()
      }
      await this.audit.append(tx, {
        actorUserId: mediatorUserId,
        action: 'session.schedule_propose',
        entityType: 'session_schedule',
        entityId: id,
        data: { caseId, startsAt: startsAt.toISOString(), durationMinutes: body.durationMinutes, place },
        ip,
      })
    })
    await this.sessions.caseEvent(caseId, 'schedule_proposed', { scheduleId: id, startsAt: startsAt.toISOString() })
    return (await this.find(id))!
  }

  async answer(scheduleId: string, userId: string, body: AnswerScheduleBody, ip: string): Promise<Schedule> {
    const schedule = await this.find(scheduleId)
    if (!schedule || !schedule.answers.some((a) => a.userId === userId)) {
      throw notFound('SCHEDULE_NOT_FOUND', '调解安排不存在或无需您确认')
    }
    if (schedule.status === 'cancelled') throw conflict('SCHEDULE_CLOSED', '该调解安排已取消')
    if (new Date(schedule.startsAt) <= this.clock.now()) throw conflict('SCHEDULE_PASSED', '该调解时间已过')
    const at = this.clock.now().toISOString()
    const status = await this.database.transaction(async (tx) => {
      await tx
        .updateTable('session_schedule_answers')
        .set({ answer: body.answer, comment: body.comment?.trim() ?? '', answered_at: at })
        .where('schedule_id', '=', scheduleId)
        .where('user_id', '=', userId)
        .execute()
      const answers = await tx
        .selectFrom('session_schedule_answers')
        .select('answer')
        .where('schedule_id', '=', scheduleId)
        .execute()
      const next = statusFrom(answers.map((a) => a.answer))
      await tx
        .updateTable('session_schedules')
        .set({ status: next, updated_at: at })
        .where('id', '=', scheduleId)
        .execute()
      await this.audit.append(tx, {
        actorUserId: userId,
        action: 'session.schedule_answer',
        entityType: 'session_schedule',
        entityId: scheduleId,
        data: { answer: body.answer, status: next },
        ip,
      })
      return next
    })
    await this.sessions.caseEvent(schedule.caseId, 'schedule_answered', {
      scheduleId,
      userId,
      answer: body.answer,
      status,
    })
    return (await this.find(scheduleId))!
  }

  async listForCase(caseId: string): Promise<Schedule[]> {
    const rows = await this.database.db
      .selectFrom('session_schedules')
      .select('id')
      .where('case_id', '=', caseId)
      .orderBy('starts_at')
      .execute()
    return this.load(rows.map((r) => r.id))
  }

  /** Proposals still waiting for this user's answer, soonest first (the in-app notification list). */
  async pendingFor(userId: string): Promise<Schedule[]> {
    const rows = await this.database.db
      .selectFrom('session_schedule_answers')
      .innerJoin('session_schedules', 'session_schedules.id', 'session_schedule_answers.schedule_id')
      .select('session_schedules.id')
      .where('session_schedule_answers.user_id', '=', userId)
      .where('session_schedule_answers.answer', '=', 'pending')
      .where('session_schedules.status', '=', 'proposed')
      .where('session_schedules.starts_at', '>', this.clock.now().toISOString())
      .orderBy('session_schedules.starts_at')
      .execute()
    return this.load(rows.map((r) => r.id))
  }

  async find(id: string): Promise<Schedule | null> {
    return (await this.load([id]))[0] ?? null
  }

  private async load(ids: string[]): Promise<Schedule[]> {
    if (ids.length === 0) return []
    const db = this.database.db
    const rows = await db.selectFrom('session_schedules').selectAll().where('id', 'in', ids).execute()
    const answers = await db
      .selectFrom('session_schedule_answers')
      .selectAll()
      .where('schedule_id', 'in', ids)
      .orderBy('user_id')
      .execute()
    const people = await answerPeople(
      this.database,
      rows.map((r) => r.case_id),
      answers.map((a) => a.user_id),
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    return ids.flatMap((id) => {
      const r = byId.get(id)
      if (!r) return []
      return [
        {
          id: r.id,
          caseId: r.case_id,
          proposedBy: r.proposed_by,
          startsAt: r.starts_at,
          durationMinutes: Number(r.duration_minutes),
          note: r.note,
          place: r.place,
          status: r.status as ScheduleStatus,
          answers: answers
            .filter((a) => a.schedule_id === id)
            .map((a) => ({
              userId: a.user_id,
              ...people(r.case_id, a.user_id),
              answer: a.answer as Schedule['answers'][number]['answer'],
              comment: a.comment,
              answeredAt: a.answered_at,
            })),
          createdAt: r.created_at,
        },
      ]
    })
  }
}
