import type { AddFactBody, FactItem, FactSheet, MarkFactBody } from '@contract/fact-sheet'
import type { Database, DbTx } from '../../db/database'
import { badRequest, conflict, forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import type { AuditLog } from '../audit/audit-log'
import { loadCase, staffRoleOn } from '../assignment/case-people'
import { caseRelation } from '../cases/case-access'
import type { RequestMeta } from '../invitations/invitation-service'
import { factStatus, sameStatement } from './fact-status'

type PartyRole = 'applicant' | 'respondent'
type Db = Database['db'] | DbTx

const OPEN_STATUSES = ['pending_acceptance', 'accepted', 'in_mediation']

/** Each fact once; each party marks 同意 / 有异议; the mediator reads agreed and disputed points at a glance. */
export class FactSheetService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Parties, the case's mediators and the committee admin read the sheet; the referring officer does not. */
  private async readerCheck(caseId: string, meta: RequestMeta): Promise<void> {
    const relation = await caseRelation(this.database, meta.auth, caseId)
    if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    if (relation === 'staff' && (await staffRoleOn(this.database.db, caseId, meta.auth.userId)) !== 'mediator') {
      throw forbidden('FACT_SHEET_FORBIDDEN', '事实清单仅当事人、调解员和调解委员会可见')
    }
  }

  private async partyCheck(caseId: string, meta: RequestMeta): Promise<PartyRole> {
    const relation = await caseRelation(this.database, meta.auth, caseId)
    if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    if (relation !== 'applicant' && relation !== 'respondent') {
      throw forbidden('PARTY_ONLY', '只有当事人可以陈述或确认事实')
    }
    const kase = await loadCase(this.database.db, caseId)
    if (!OPEN_STATUSES.includes(kase.status)) throw conflict('CASE_STATE_INVALID', '案件已结束，事实清单不能再修改')
    return relation
  }

  async view(caseId: string, meta: RequestMeta): Promise<FactSheet> {
    await this.readerCheck(caseId, meta)
    const items = await this.items(this.database.db, caseId)
    const count = (s: FactItem['status']) => items.filter((i) => i.status === s).length
    return {
      caseId,
      items,
      summary: { agreed: count('agreed'), disputed: count('disputed'), pending: count('pending') },
    }
  }

  private async items(db: Db, caseId: string, onlyId?: string): Promise<FactItem[]> {
    let q = db.selectFrom('fact_sheet_items').selectAll().where('case_id', '=', caseId)
    if (onlyId) q = q.where('id', '=', onlyId)
    const rows = await q.orderBy('created_at', 'asc').orderBy('fact_key', 'asc').execute()
    if (rows.length === 0) return []
    const marks = await db
      .selectFrom('fact_sheet_marks')
      .selectAll()
      .where(
        'item_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute()
    return rows.map((row) => {
      const markOf = (role: PartyRole) => {
        const m = marks.find((x) => x.item_id === row.id && x.party_role === role)
        return m ? { mark: m.mark as 'agree' | 'dispute', comment: m.comment, updatedAt: m.updated_at } : null
      }
      const statedBy = row.stated_by_role as FactItem['statedBy']
      const itemMarks = { applicant: markOf('applicant'), respondent: markOf('respondent') }
      return {
        id: row.id,
        key: row.fact_key,
        statement: row.statement,
        statedBy,
        marks: itemMarks,
        status: factStatus(statedBy, itemMarks),
        updatedAt: row.updated_at,
      }
    })
  }

  /**
   * Adds a party's fact. The same key from the same party rewrites it (and clears the other side's marks,
   * which were given to the old wording); the same statement already made by someone else counts as this
   * party's agreement instead of a duplicate; the same key with a different statement is a conflict.
   */
  async add(caseId: string, body: AddFactBody, meta: RequestMeta): Promise<{ item: FactItem; created: boolean }> {
    const role = await this.partyCheck(caseId, meta)
    const statement = body.statement.trim()
    if (!statement)
      throw badRequest('FACT_STATEMENT_REQUIRED', '请填写事实内容', [{ field: 'statement', message: '不能为空' }])
    const now = this.clock.now().toISOString()
    return this.database.transaction(async (tx) => {
      const existing = await tx.selectFrom('fact_sheet_items').selectAll().where('case_id', '=', caseId).execute()
      const sameKey = existing.find((e) => e.fact_key === body.key)
      const sameText = existing.find((e) => sameStatement(e.statement, statement))
      const log = (action: string, itemId: string, data: Record<string, unknown>) =>
        this.audit.append(tx, {
          actorUserId: meta.auth.userId,
          action,
          entityType: 'case',
          entityId: caseId,
          data: { itemId, key: body.key, ...data },
          ip: meta.ip,
        })
      if (sameText && sameText.stated_by_role !== role) {
        await this.upsertMark(tx, sameText.id, role, meta.auth.userId, 'agree', null, now)
        await log('fact_sheet.mark', sameText.id, { mark: 'agree', via: 'same_statement' })
        return { item: (await this.items(tx, caseId, sameText.id))[0], created: false }
      }
      if (sameKey && sameKey.stated_by_role !== role) {
        throw conflict('FACT_KEY_TAKEN', '该事实已由对方或民警陈述，如有不同意见请标记“有异议”并说明理由')
      }
      if (sameKey) {
        if (sameKey.statement !== statement) {
          await tx
            .updateTable('fact_sheet_items')
            .set({ statement, updated_at: now })
            .where('id', '=', sameKey.id)
            .execute()
          await tx.deleteFrom('fact_sheet_marks').where('item_id', '=', sameKey.id).execute()
          await log('fact_sheet.update', sameKey.id, { statement })
        }
        return { item: (await this.items(tx, caseId, sameKey.id))[0], created: false }
      }
      const id = newId()
      await tx
        .insertInto('fact_sheet_items')
        .values({
          id,
          case_id: caseId,
          fact_key: body.key,
          statement,
          stated_by_role: role,
          stated_by_user: meta.auth.userId,
          created_at: now,
          updated_at: now,
        })
        .execute()
      await log('fact_sheet.add', id, { statement })
      return { item: (await this.items(tx, caseId, id))[0], created: true }
    })
  }

  async mark(caseId: string, factId: string, body: MarkFactBody, meta: RequestMeta): Promise<FactItem> {
    const role = await this.partyCheck(caseId, meta)
    const comment = body.comment?.trim() || null
    if (body.mark === 'dispute' && !comment) {
      throw badRequest('FACT_DISPUTE_COMMENT_REQUIRED', '标记“有异议”时请说明理由', [
        { field: 'comment', message: '有异议时须填写说明' },
      ])
    }
    const now = this.clock.now().toISOString()
    return this.database.transaction(async (tx) => {
      const item = await tx
        .selectFrom('fact_sheet_items')
        .select(['id', 'stated_by_role'])
        .where('id', '=', factId)
        .where('case_id', '=', caseId)
        .executeTakeFirst()
      if (!item) throw notFound('FACT_NOT_FOUND', '该事实不存在')
      if (item.stated_by_role === role) {
        throw conflict('FACT_OWN_STATEMENT', '这是您自己陈述的事实，如需更正请直接修改陈述')
      }
      await this.upsertMark(tx, factId, role, meta.auth.userId, body.mark, comment, now)
      await this.audit.append(tx, {
        actorUserId: meta.auth.userId,
        action: 'fact_sheet.mark',
        entityType: 'case',
        entityId: caseId,
        data: { itemId: factId, mark: body.mark, comment },
        ip: meta.ip,
      })
      return (await this.items(tx, caseId, factId))[0]
    })
  }

  private async upsertMark(
    tx: DbTx,
    itemId: string,
    role: PartyRole,
    userId: string,
    mark: 'agree' | 'dispute',
    comment: string | null,
    now: string,
  ): Promise<void> {
    await tx
      .insertInto('fact_sheet_marks')
      .values({ item_id: itemId, party_role: role, user_id: userId, mark, comment, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['item_id', 'party_role']).doUpdateSet({ user_id: userId, mark, comment, updated_at: now }),
      )
      .execute()
  }
}
