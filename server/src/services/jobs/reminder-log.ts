import type { DbTx } from '../../db/database'

/**
 * Records that a reminder (job, subject, stage) was sent, in the transaction that writes its notifications.
 * True only for the first claim: a rerun, a restart or a second instance gets false and sends nothing.
 */
export async function claimReminder(
  tx: DbTx,
  reminder: { job: string; subjectId: string; stage: string },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .insertInto('sent_reminders')
    .values({ job: reminder.job, subject_id: reminder.subjectId, stage: reminder.stage, sent_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['job', 'subject_id', 'stage']).doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}
