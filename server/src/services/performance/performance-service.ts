import type { DefaultRoute, Performance, TrackedInstalment } from '@contract/performance'
import type { DbTx } from '../../db/database'
import { addDays, chinaDate } from '../../domain/judicial/china-dates'
import { badRequest, conflict, forbidden, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import { AgreementsRepo } from '../agreements/agreements-repo'
import { caseRelation } from '../cases/case-access'
import { sharedCaseFile } from '../storage/caucus-files'
import type { JudicialDeps } from '../judicial/judicial-deps'
import { notifyUsers } from '../service-of-documents/case-notices'
import { defaultRoute } from './default-route'
import { scheduleFromTerms } from './instalment-schedule'
import { findInstalment, insertSchedule, toInstalmentView, type InstalmentRow } from './instalments-repo'
import { performanceView } from './performance-view'
import type { SignedFileLinks } from './signed-file-links'

const CASE_NOT_FOUND = () => notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
const INSTALMENT_NOT_FOUND = () => notFound('INSTALMENT_NOT_FOUND', '履行事项不存在或您无权查看')
const yuan = (cents: number | null) => (cents === null ? '' : `${Number(cents) / 100} 元`)

/**
 * Performance after the agreement: the schedule from its terms, the payer marking paid with a receipt photo,
 * the payee confirming, default, and reminders before due dates.
 */
export class PerformanceService {
  private readonly agreements = new AgreementsRepo()

  /** `links` signs receipt-photo URLs; the background jobs only send reminders and may leave it out. */
  constructor(
    private readonly deps: JudicialDeps,
    private readonly signedLinks?: SignedFileLinks,
  ) {}

  private get links(): SignedFileLinks {
    if (!this.signedLinks) throw new Error('PerformanceService was built without SignedFileLinks')
    return this.signedLinks
  }

  /** Starts tracking the effective agreement's schedule (idempotent); before it takes effect, nothing. */
  async track(caseId: string): Promise<void> {
    const agreement = await this.agreements.find(this.deps.database.db, caseId)
    if (!agreement?.effectiveAt) return
    const schedule = scheduleFromTerms(agreement.content)
    if (!schedule.length) return
    await this.deps.database.transaction((tx) => insertSchedule(tx, caseId, agreement.documentRowId, schedule))
  }

  /** Effective agreements whose schedule nobody has opened yet, so reminders reach them too. */
  private async trackUntracked(): Promise<void> {
    const rows = await this.deps.database.db
      .selectFrom('agreement_versions as a')
      .innerJoin('signable_documents as d', 'd.id', 'a.document_row_id')
      .select('a.case_id')
      .distinct()
      .where('d.effective_at', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('instalments as i').select('i.id').whereRef('i.document_row_id', '=', 'd.id'))),
      )
      .execute()
    for (const row of rows) await this.track(row.case_id)
  }

  async get(auth: AuthContext, caseId: string): Promise<Performance> {
    const relation = await caseRelation(this.deps.database, auth, caseId)
    if (!relation) throw CASE_NOT_FOUND()
    await this.track(caseId)
    const db = this.deps.database.db
    const confirmed = await db
      .selectFrom('judicial_applications')
      .select('id')
      .where('case_id', '=', caseId)
      .where('status', '=', 'confirmed')
      .executeTakeFirst()
    const view = await performanceView(db, this.links, { userId: auth.userId, relation }, caseId)
    return { ...view, judiciallyConfirmed: !!confirmed }
  }

  /** The instalment, if the user is the party named (payer or payee) or may see the case. */
  private async load(auth: AuthContext, id: string) {
    const row = await findInstalment(this.deps.database.db, id)
    const relation = row ? await caseRelation(this.deps.database, auth, row.case_id) : null
    if (!row || !relation) throw INSTALMENT_NOT_FOUND()
    const parties = await this.deps.database.db
      .selectFrom('case_parties')
      .select(['id', 'user_id'])
      .where('case_id', '=', row.case_id)
      .execute()
    const userOf = (partyId: string | null) => parties.find((p) => p.id === partyId)?.user_id ?? null
    return { row, relation, payerUser: userOf(row.payer_party_id), payeeUser: userOf(row.payee_party_id) }
  }

  private async change(
    auth: AuthContext,
    id: string,
    action: string,
    work: (tx: DbTx, loaded: Awaited<ReturnType<PerformanceService['load']>>, now: Date) => Promise<void>,
    ip: string | null,
  ): Promise<TrackedInstalment> {
    const loaded = await this.load(auth, id)
    const now = this.deps.clock.now()
    await this.deps.database.transaction(async (tx) => {
      await work(tx, loaded, now)
      await this.deps.audit.append(tx, {
        actorUserId: auth.userId,
        action,
        entityType: 'case',
        entityId: loaded.row.case_id,
        data: { instalmentId: id, dueDate: loaded.row.due_date, amountCents: loaded.row.amount_cents },
        ip,
      })
    })
    // Only the payer, the payee and staff act on an instalment, and each of them may see its receipt photo.
    const fresh = (await findInstalment(this.deps.database.db, id))!
    return toInstalmentView(fresh, fresh.receipt_file_id ? this.links.url(fresh.receipt_file_id) : null)
  }

  async markPaid(auth: AuthContext, id: string, receiptFileId: string, ip: string | null) {
    return this.change(
      auth,
      id,
      'performance.mark_paid',
      async (tx, { row, payerUser, payeeUser }, now) => {
        if (payerUser !== auth.userId) throw forbidden('INSTALMENT_NOT_PAYER', '只有付款方可以标记已付款')
        if (row.status !== 'due' && row.status !== 'defaulted')
          throw conflict('INSTALMENT_STATUS_INVALID', '该笔款项已标记付款')
        const file = await tx
          .selectFrom('files')
          .select('id')
          .where('id', '=', receiptFileId)
          .where('case_id', '=', row.case_id)
          .where(sharedCaseFile) // the payee sees the receipt: no caucus (背靠背) files
          // The payer's own upload only: the payee and staff are shown the photo, so it must not be someone
          // else's file (another party's evidence, or a file kept to a caucus room).
          .where('uploaded_by', '=', auth.userId)
          .executeTakeFirst()
        if (!file)
          throw badRequest('RECEIPT_FILE_INVALID', '付款凭证须由您本人先上传到本案', [
            { field: 'receiptFileId', message: '文件不属于本案' },
          ])
        await tx
          .updateTable('instalments')
          .set({ status: 'paid', paid_at: now.toISOString(), receipt_file_id: receiptFileId })
          .where('id', '=', id)
          .execute()
        const notice = { kind: 'instalment_update' as const, caseId: row.case_id }
        const body = `${row.description} ${yuan(row.amount_cents)}（${row.due_date} 到期）已标记付款，请核对后确认收款。`
        await notifyUsers(
          this.deps.notifier,
          tx,
          payeeUser ? [payeeUser] : [],
          { ...notice, title: '对方已付款', body },
          now,
        )
      },
      ip,
    )
  }

  async confirmReceived(auth: AuthContext, id: string, ip: string | null) {
    return this.change(
      auth,
      id,
      'performance.confirm_received',
      async (tx, { row, payeeUser }) => {
        if (payeeUser !== auth.userId) throw forbidden('INSTALMENT_NOT_PAYEE', '只有收款方可以确认收款')
        if (row.status !== 'paid') throw conflict('INSTALMENT_NOT_PAID', '付款方尚未标记付款')
        await tx
          .updateTable('instalments')
          .set({ status: 'confirmed', confirmed_at: this.deps.clock.now().toISOString() })
          .where('id', '=', id)
          .execute()
      },
      ip,
    )
  }

  /** The payee (or the case's staff) records a default once the due date has passed; returns the route. */
  async declareDefault(auth: AuthContext, id: string, ip: string | null): Promise<DefaultRoute> {
    await this.change(
      auth,
      id,
      'performance.default',
      async (tx, { row, relation, payeeUser, payerUser }, now) => {
        if (payeeUser !== auth.userId && relation !== 'staff') {
          throw forbidden('INSTALMENT_NOT_PAYEE', '只有收款方或调解员可以登记未履行')
        }
        if (row.status !== 'due') throw conflict('INSTALMENT_STATUS_INVALID', '该笔款项已付款或已登记未履行')
        if (chinaDate(now) <= row.due_date) {
          throw conflict('INSTALMENT_NOT_YET_DUE', `履行期限 ${row.due_date} 尚未届满，不能登记未履行`)
        }
        await tx
          .updateTable('instalments')
          .set({ status: 'defaulted', defaulted_at: now.toISOString() })
          .where('id', '=', id)
          .execute()
        const users = [payerUser, payeeUser].filter((u): u is string => !!u)
        const body = `${row.description} ${yuan(row.amount_cents)}（${row.due_date} 到期）已登记为未履行。`
        await notifyUsers(
          this.deps.notifier,
          tx,
          users,
          { kind: 'instalment_update', title: '履行逾期', body, caseId: row.case_id },
          now,
        )
      },
      ip,
    )
    return this.route(auth, id)
  }

  async route(auth: AuthContext, id: string): Promise<DefaultRoute> {
    const { row } = await this.load(auth, id)
    if (row.status !== 'defaulted') throw conflict('INSTALMENT_NOT_DEFAULTED', '该笔款项未登记为未履行')
    return defaultRoute(this.deps.database.db, row as InstalmentRow)
  }

  /**
   * Reminds payers of instalments due within `daysAhead` days (China dates) that have not been reminded yet.
   * Called by staff from a route and by the background jobs (services/jobs/instalment-reminders.ts); safe to
   * call repeatedly.
   */
  async runReminders(daysAhead: number): Promise<number> {
    await this.trackUntracked()
    const now = this.deps.clock.now()
    const today = chinaDate(now)
    const { database } = this.deps
    return database.transaction(async (tx) => {
      const due = await tx
        .selectFrom('instalments as i')
        .innerJoin('case_parties as p', 'p.id', 'i.payer_party_id')
        .select(['i.id', 'i.case_id', 'i.description', 'i.amount_cents', 'i.due_date', 'p.user_id'])
        .where('i.status', '=', 'due')
        .where('i.reminded_at', 'is', null)
        .where('i.due_date', '>=', today)
        .where('i.due_date', '<=', addDays(today, daysAhead))
        .execute()
      for (const i of due) {
        if (i.user_id) {
          await notifyUsers(
            this.deps.notifier,
            tx,
            [i.user_id],
            {
              kind: 'instalment_due',
              title: '履行提醒',
              body: `按调解协议，${i.description} ${yuan(i.amount_cents)}应于 ${i.due_date} 前履行。`,
              caseId: i.case_id,
            },
            now,
          )
        }
        await tx.updateTable('instalments').set({ reminded_at: now.toISOString() }).where('id', '=', i.id).execute()
      }
      return due.length
    })
  }
}
