import type { Database } from '../../db/database'
import type { Notice, Notifier } from '../notifications/notifier'
import { claimReminder } from './reminder-log'

export interface ReminderDeps {
  database: Database
  notifier: Notifier
}

/**
 * Sends one reminder at most once: claims every stage it covers (a later stage also covers the earlier ones it
 * overtook, e.g. a session confirmed 30 minutes ahead gets one reminder, not a "24 h" and a "1 h" one), and when
 * any claim is new writes the in-app notices in the same transaction. The subscribe messages follow the commit,
 * best effort. Returns whether it was sent.
 */
export async function remindOnce(
  deps: ReminderDeps,
  reminder: { job: string; subjectId: string; stages: string[] },
  notices: Notice[],
  now: Date,
): Promise<boolean> {
  const sent = await deps.database.transaction(async (tx) => {
    let fresh = false
    for (const stage of reminder.stages) {
      if (await claimReminder(tx, { job: reminder.job, subjectId: reminder.subjectId, stage }, now)) fresh = true
    }
    if (fresh) await deps.notifier.add(tx, notices, now)
    return fresh
  })
  if (sent) await deps.notifier.push(notices)
  return sent
}

/** Same notice for each distinct user. */
export function noticesFor(userIds: Iterable<string>, notice: Omit<Notice, 'userId'>): Notice[] {
  return [...new Set(userIds)].map((userId) => ({ ...notice, userId }))
}
