import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Database, DbTx } from '../../db/database'
import type { Clock } from '../../lib/clock'

export interface AuditEntry {
  actorUserId: string | null
  action: string // e.g. user.login, organisation.update, case.submit
  entityType: string
  entityId?: string | null
  data?: Record<string, unknown>
  ip?: string | null
}

export interface AuditVerification {
  intact: boolean
  entries: number
  firstBrokenSeq: number | null
  reason: string | null
}

const GENESIS = '0'.repeat(64)
/** Key for the Postgres advisory lock that serialises appends so the chain never forks. */
const APPEND_LOCK_KEY = 7_420_001

/** Canonical JSON: object keys sorted at every depth, so the same entry always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

interface StoredFields {
  at: string
  actor_user_id: string | null
  action: string
  entity_type: string
  entity_id: string | null
  data: string
  ip: string | null
  prev_hash: string
}

function entryHash(row: StoredFields): string {
  return createHash('sha256').update(canonical(row)).digest('hex')
}

/**
 * Append-only audit log, each entry hash-chained to the one before. Appends happen inside the caller's
 * transaction, so a state change and its audit entry commit or roll back together.
 */
export class AuditLog {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async append(tx: DbTx, entry: AuditEntry): Promise<void> {
    if (this.database.dialect === 'postgres') {
      await sql`select pg_advisory_xact_lock(${APPEND_LOCK_KEY})`.execute(tx)
    }
    const last = await tx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst()
    const fields: StoredFields = {
      at: this.clock.now().toISOString(),
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId ?? null,
      data: canonical(entry.data ?? {}),
      ip: entry.ip ?? null,
      prev_hash: last?.hash ?? GENESIS,
    }
    await tx
      .insertInto('audit_log')
      .values({ ...fields, hash: entryHash(fields) })
      .execute()
  }

  /** Records an entry in its own transaction (for events with no other state change, e.g. a login). */
  record(entry: AuditEntry): Promise<void> {
    return this.database.transaction((tx) => this.append(tx, entry))
  }

  /** Walks the whole chain in order, in pages, and reports the first entry that does not link or hash. */
  async verify(pageSize = 1000): Promise<AuditVerification> {
    let prev = GENESIS
    let count = 0
    let afterSeq = 0
    for (;;) {
      const rows = await this.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', afterSeq)
        .orderBy('seq', 'asc')
        .limit(pageSize)
        .execute()
      for (const row of rows) {
        count++
        const { seq, hash, ...fields } = row
        if (fields.prev_hash !== prev) {
          return { intact: false, entries: count, firstBrokenSeq: seq, reason: 'prev_hash does not link' }
        }
        if (entryHash(fields) !== hash) {
          return { intact: false, entries: count, firstBrokenSeq: seq, reason: 'content does not match its hash' }
        }
        prev = hash
        afterSeq = seq
      }
      if (rows.length < pageSize) return { intact: true, entries: count, firstBrokenSeq: null, reason: null }
    }
  }
}
