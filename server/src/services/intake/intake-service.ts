import type { AnswerBody, CreateSessionBody, IntakeSession } from '@contract/intake'
import type { Database } from '../../db/database'
import { MAX_NARRATIVE_LENGTH } from '../../domain/intake/analyze'
import { parseIsoDay } from '../../domain/intake/calendar'
import { answer, back, correct, createIntake, setDisputeType, skip } from '../../domain/intake/engine/dialogue'
import { IntakeInputError } from '../../domain/intake/engine/errors'
import { createCaseIntake } from '../../domain/intake/engine/case-intake'
import { TYPE_SLOT, type IntakeState, type SlotState } from '../../domain/intake/engine/types'
import { AppError, badRequest, conflict, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import type { AuditLog } from '../audit/audit-log'
import { boundCase } from './case-binding'
import { chinaToday } from './china-today'
import { IntakeSessionsRepo, type StoredSession } from './intake-sessions-repo'
import { toSessionView } from './session-view'

export interface RequestMeta {
  userId: string
  ip: string
}

export function narrativeTooLong(): AppError {
  return new AppError(413, 'INTAKE_TEXT_TOO_LONG', `叙述不能超过${MAX_NARRATIVE_LENGTH}个字，请精简后再提交`, [
    { field: 'text', message: `最多${MAX_NARRATIVE_LENGTH}个字` },
  ])
}

/** Maps dialogue input errors to 400s that name the field. */
function asAppError(error: unknown): unknown {
  if (error instanceof IntakeInputError) {
    return badRequest(error.code, error.userMessage, [{ field: error.field, message: error.userMessage }])
  }
  return error
}

/** A session continuing a case keeps the case's dispute type. */
function assertTypeOpen(state: IntakeState): void {
  if (state.binding) throw conflict('INTAKE_TYPE_FIXED', '本案的纠纷类型已确定，不能在补充陈述时更改')
}

/** Intake conversations: each step loads the state, applies one dialogue operation, saves and audits it. */
export class IntakeService {
  readonly sessions: IntakeSessionsRepo

  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {
    this.sessions = new IntakeSessionsRepo(database)
  }

  /** The conversation date: the client's (validated) or today in China. */
  today(requested?: string): string {
    if (requested === undefined) return chinaToday(this.clock.now())
    if (!parseIsoDay(requested)) {
      throw badRequest('INTAKE_TODAY_INVALID', '日期不正确，请使用 YYYY-MM-DD 格式', [
        { field: 'today', message: '不是有效日期' },
      ])
    }
    return requested
  }

  /**
   * Starts a conversation from the resident's story; with `caseId`, one that continues that case as the party the
   * user claimed, pre-filled with the officer's account when the story is not given.
   */
  async create(meta: RequestMeta, input: CreateSessionBody, auth: AuthContext): Promise<IntakeSession> {
    const today = this.today(input.today)
    const bound = input.caseId ? await boundCase(this.database, auth, input.caseId) : null
    const narrative = (input.narrative ?? bound?.referralFacts ?? '').trim()
    if (!narrative) {
      throw badRequest('INTAKE_NARRATIVE_REQUIRED', '请先简单说说发生了什么', [
        { field: 'narrative', message: '不能为空' },
      ])
    }
    if (narrative.length > MAX_NARRATIVE_LENGTH) throw narrativeTooLong()
    const state = bound
      ? createCaseIntake(narrative, today, {
          binding: bound.binding,
          disputeType: bound.kase.dispute_type,
          respondent: bound.respondent,
        })
      : createIntake(narrative, today)
    const id = newId()
    const now = this.clock.now()
    const row = await this.database.transaction(async (tx) => {
      const inserted = await this.sessions.insert(tx, { id, userId: meta.userId, state, now })
      await this.audit.append(tx, {
        actorUserId: meta.userId,
        action: 'intake.create',
        entityType: 'intake_session',
        entityId: id,
        data: { disputeType: state.disputeType, risk: state.risk.level, binding: state.binding ?? null },
        ip: meta.ip,
      })
      return inserted
    })
    return toSessionView(row, state, this.today())
  }

  async load(id: string, userId: string): Promise<StoredSession> {
    const stored = await this.sessions.findOwned(id, userId)
    if (!stored || !stored.state) throw notFound('INTAKE_SESSION_NOT_FOUND', '没有找到这次咨询记录')
    return stored
  }

  async loadOpen(id: string, userId: string): Promise<StoredSession> {
    const stored = await this.load(id, userId)
    if (stored.row.status !== 'open') throw conflict('INTAKE_SESSION_CLOSED', '这次咨询已经提交或结束，不能再修改')
    return stored
  }

  async view(id: string, userId: string): Promise<IntakeSession> {
    const { row, state } = await this.load(id, userId)
    return toSessionView(row, state, this.today())
  }

  async list(userId: string, status?: 'open' | 'submitted' | 'abandoned'): Promise<IntakeSession[]> {
    const rows = await this.sessions.listForUser(userId, status)
    return rows.filter((s) => s.state).map(({ row, state }) => toSessionView(row, state, this.today()))
  }

  private async step(
    id: string,
    meta: RequestMeta,
    action: string,
    operate: (state: IntakeState) => { state: IntakeState; previous?: SlotState; data?: Record<string, unknown> },
  ): Promise<IntakeSession> {
    const stored = await this.loadOpen(id, meta.userId)
    let result: ReturnType<typeof operate>
    try {
      result = operate(stored.state)
    } catch (error) {
      throw asAppError(error)
    }
    const now = this.clock.now()
    await this.database.transaction(async (tx) => {
      await this.sessions.save(tx, id, result.state, now)
      await this.audit.append(tx, {
        actorUserId: meta.userId,
        action,
        entityType: 'intake_session',
        entityId: id,
        data: result.data ?? {},
        ip: meta.ip,
      })
    })
    const row = { ...stored.row, dispute_type: result.state.disputeType, updated_at: now.toISOString() }
    return toSessionView(row, result.state, this.today(), result.previous)
  }

  answer(id: string, meta: RequestMeta, body: AnswerBody): Promise<IntakeSession> {
    return this.step(id, meta, 'intake.answer', (state) => {
      const slot = body.slot ?? state.current
      if (slot === TYPE_SLOT) assertTypeOpen(state)
      return { state: answer(state, body), data: { slot, structured: body.value !== undefined } }
    })
  }

  correct(id: string, meta: RequestMeta, text: string): Promise<IntakeSession> {
    return this.step(id, meta, 'intake.correct', (state) => ({
      state: correct(state, text),
      data: { last: state.history.at(-1) ?? null },
    }))
  }

  skip(id: string, meta: RequestMeta, unknown: boolean): Promise<IntakeSession> {
    return this.step(id, meta, 'intake.skip', (state) => ({
      state: skip(state, unknown ? 'unknown' : 'skipped'),
      data: { slot: state.current, unknown },
    }))
  }

  back(id: string, meta: RequestMeta): Promise<IntakeSession> {
    return this.step(id, meta, 'intake.back', (state) => {
      const result = back(state)
      return { ...result, data: { slot: result.state.current } }
    })
  }

  setType(id: string, meta: RequestMeta, disputeType: string): Promise<IntakeSession> {
    return this.step(id, meta, 'intake.set_type', (state) => {
      assertTypeOpen(state)
      return { state: setDisputeType(state, disputeType), data: { disputeType } }
    })
  }

  async abandon(id: string, meta: RequestMeta): Promise<IntakeSession> {
    const { row, state } = await this.loadOpen(id, meta.userId)
    const now = this.clock.now()
    await this.database.transaction(async (tx) => {
      await this.sessions.save(tx, id, state, now, { status: 'abandoned' })
      await this.audit.append(tx, {
        actorUserId: meta.userId,
        action: 'intake.abandon',
        entityType: 'intake_session',
        entityId: id,
        ip: meta.ip,
      })
    })
    return toSessionView({ ...row, status: 'abandoned', updated_at: now.toISOString() }, state, this.today())
  }
}
