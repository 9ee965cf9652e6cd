import type { DbTx } from '../../db/database'
import type { Notice, Notifier } from '../notifications/notifier'
import type { NotificationKind } from '@contract/referrals'

/** Notification kinds written by judicial confirmation, electronic service and performance. */
export type CaseNoticeKind = Extract<
  NotificationKind,
  'document_served' | 'judicial_update' | 'instalment_due' | 'instalment_update'
>

/** Every party user of a case (parties not yet linked to an account are skipped: they have no inbox). */
export async function partyUsers(tx: DbTx, caseId: string) {
  const rows = await tx
    .selectFrom('case_parties')
    .select(['id', 'user_id', 'name', 'role', 'phone'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.filter((r): r is typeof r & { user_id: string } => r.user_id !== null)
}

/** Writes in-app notices inside the caller's transaction; returns them, for a subscribe-message push after commit. */
export async function notifyUsers(
  notifier: Notifier,
  tx: DbTx,
  userIds: string[],
  notice: { kind: CaseNoticeKind; title: string; body: string; caseId: string },
  now: Date,
): Promise<Notice[]> {
  const notices = [...new Set(userIds)].map((userId) => ({ ...notice, userId }))
  await notifier.add(tx, notices, now)
  return notices
}
