import type { Database, DbTx } from '../../db/database'
import type { Clock } from '../../lib/clock'
import type { AuditLog } from '../audit/audit-log'
import type { RequestMeta } from '../invitations/invitation-service'
import type { Notice, Notifier } from '../notifications/notifier'

export interface WorkflowDeps {
  database: Database
  audit: AuditLog
  notifier: Notifier
  clock: Clock
}

/**
 * Runs a state change in one transaction together with its in-app notifications, then mirrors the committed
 * notices to the subscribe-message provider.
 */
export async function runWithNotices(
  deps: WorkflowDeps,
  work: (tx: DbTx, notices: Notice[], now: Date) => Promise<void>,
): Promise<void> {
  const now = deps.clock.now()
  const notices: Notice[] = []
  await deps.database.transaction(async (tx) => {
    await work(tx, notices, now)
    await deps.notifier.add(tx, notices, now)
  })
  await deps.notifier.push(notices)
}

/** An audit entry about a case, inside the caller's transaction. */
export function auditCase(
  deps: WorkflowDeps,
  tx: DbTx,
  meta: RequestMeta,
  action: string,
  caseId: string,
  data: Record<string, unknown>,
): Promise<void> {
  return deps.audit.append(tx, {
    actorUserId: meta.auth.userId,
    action,
    entityType: 'case',
    entityId: caseId,
    data,
    ip: meta.ip,
  })
}
