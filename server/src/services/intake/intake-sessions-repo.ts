import type { Database, DbTx } from '../../db/database'
import type { IntakeTables } from '../../db/schema-areas'
import type { IntakeState } from '../../domain/intake/engine/types'
import { parseJson } from '../../lib/json'

export type IntakeSessionRow = IntakeTables['intake_sessions']
export type IntakeSessionStatus = 'open' | 'submitted' | 'abandoned'

export interface StoredSession {
  row: IntakeSessionRow
  state: IntakeState
}

/** Persistence of intake conversations: the dialogue state is one JSON document per session. */
export class IntakeSessionsRepo {
  constructor(private readonly database: Database) {}

  async insert(
    tx: DbTx,
    input: { id: string; userId: string; state: IntakeState; now: Date },
  ): Promise<IntakeSessionRow> {
    const stamp = input.now.toISOString()
    const row: IntakeSessionRow = {
      id: input.id,
      user_id: input.userId,
      status: 'open',
      dispute_type: input.state.disputeType,
      catalogue_version: input.state.catalogueVersion,
      state: JSON.stringify(input.state),
      risk_level: input.state.risk.level,
      case_id: input.state.binding?.caseId ?? null,
      created_at: stamp,
      updated_at: stamp,
    }
    await tx.insertInto('intake_sessions').values(row).execute()
    return row
  }

  /** The session if it belongs to the user; undefined otherwise (callers answer 404, never 403). */
  async findOwned(id: string, userId: string): Promise<StoredSession | undefined> {
    const row = await this.database.db
      .selectFrom('intake_sessions')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    return row && { row, state: parseJson<IntakeState>(row.state, null as unknown as IntakeState) }
  }

  async listForUser(userId: string, status?: IntakeSessionStatus): Promise<StoredSession[]> {
    let q = this.database.db.selectFrom('intake_sessions').selectAll().where('user_id', '=', userId)
    if (status) q = q.where('status', '=', status)
    const rows = await q.orderBy('updated_at', 'desc').limit(20).execute()
    return rows.map((row) => ({ row, state: parseJson<IntakeState>(row.state, null as unknown as IntakeState) }))
  }

  async save(
    tx: DbTx,
    id: string,
    state: IntakeState,
    now: Date,
    extra: { status?: IntakeSessionStatus; caseId?: string } = {},
  ): Promise<void> {
    await tx
      .updateTable('intake_sessions')
      .set({
        state: JSON.stringify(state),
        dispute_type: state.disputeType,
        risk_level: state.risk.level,
        updated_at: now.toISOString(),
        ...(extra.status ? { status: extra.status } : {}),
        ...(extra.caseId ? { case_id: extra.caseId } : {}),
      })
      .where('id', '=', id)
      .execute()
  }
}
