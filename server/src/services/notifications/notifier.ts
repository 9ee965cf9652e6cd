import type { Notification, NotificationKind, NotificationList, NotificationListQuery } from '@contract/referrals'
import type { FastifyBaseLogger } from 'fastify'
import type { Database, DbTx } from '../../db/database'
import { notFound } from '../../lib/app-error'
import { randomBytes } from 'node:crypto'
import type { SubscribeMessage, SubscribeMessageProvider } from './subscribe-messages'

export interface Notice {
  userId: string
  kind: NotificationKind
  title: string
  body: string
  caseId: string | null
}

let sequence = 0

/**
 * Ids that sort by creation: time, then a per-process counter (notices written in the same millisecond,
 * often in one transaction, keep their order), then randomness so instances never collide.
 */
function sortableId(now: Date): string {
  sequence = (sequence + 1) % 36 ** 4
  return `${now.getTime().toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${randomBytes(6).toString('hex')}`
}

/**
 * In-app notifications. `add` writes inside the caller's transaction (so a notice exists exactly when the
 * state change does); `push` mirrors committed notices to the subscribe-message provider, best effort.
 */
export class Notifier {
  constructor(
    private readonly database: Database,
    private readonly provider: SubscribeMessageProvider,
    private readonly log: FastifyBaseLogger,
  ) {}

  async add(tx: DbTx, notices: Notice[], now: Date): Promise<void> {
    if (notices.length === 0) return
    await tx
      .insertInto('notifications')
      .values(
        notices.map((n) => ({
          id: sortableId(now),
          user_id: n.userId,
          kind: n.kind,
          title: n.title,
          body: n.body,
          case_id: n.caseId,
          created_at: now.toISOString(),
          read_at: null,
        })),
      )
      .execute()
  }

  async push(notices: SubscribeMessage[]): Promise<void> {
    for (const notice of notices) {
      try {
        await this.provider.send(notice)
      } catch (err) {
        this.log.warn({ err, kind: notice.kind }, 'subscribe message failed; the in-app notification stands')
      }
    }
  }

  async list(userId: string, query: NotificationListQuery): Promise<NotificationList> {
    const db = this.database.db
    let base = db.selectFrom('notifications').where('user_id', '=', userId)
    if (query.unreadOnly) base = base.where('read_at', 'is', null)
    const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
    const { unread } = await db
      .selectFrom('notifications')
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('unread'))
      .executeTakeFirstOrThrow()
    const rows = await base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(query.limit ?? 20)
      .offset(query.offset ?? 0)
      .execute()
    const items: Notification[] = rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      title: r.title,
      body: r.body,
      caseId: r.case_id,
      createdAt: r.created_at,
      readAt: r.read_at,
    }))
    return { items, total: Number(total), unread: Number(unread) }
  }

  /** Marks one of the user's notifications read; someone else's is reported as missing. */
  async markRead(userId: string, id: string, now: Date): Promise<void> {
    const row = await this.database.db
      .selectFrom('notifications')
      .select(['id', 'read_at'])
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    if (!row) throw notFound('NOTIFICATION_NOT_FOUND', '通知不存在')
    if (row.read_at) return
    await this.database.db
      .updateTable('notifications')
      .set({ read_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    const result = await this.database.db
      .updateTable('notifications')
      .set({ read_at: now.toISOString() })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  }
}
