import type { TrackedInstalment } from '@contract/performance'
import type { Db, DbTx } from '../../db/database'
import { newId } from '../../lib/ids'
import type { ScheduledInstalment } from './instalment-schedule'

export type InstalmentRow = Awaited<ReturnType<typeof findInstalment>> & object

export async function findInstalment(db: Db | DbTx, id: string) {
  return db.selectFrom('instalments').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function caseInstalments(db: Db | DbTx, caseId: string) {
  return db
    .selectFrom('instalments')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('due_date')
    .orderBy('term_index')
    .orderBy('seq')
    .execute()
}

/** Idempotent: the unique (version, term, seq) key keeps a schedule from being tracked twice. */
export async function insertSchedule(
  tx: DbTx,
  caseId: string,
  documentRowId: string,
  schedule: ScheduledInstalment[],
): Promise<void> {
  for (const s of schedule) {
    await tx
      .insertInto('instalments')
      .values({
        id: newId(),
        case_id: caseId,
        document_row_id: documentRowId,
        term_index: s.termIndex,
        seq: s.seq,
        payer_party_id: s.payerPartyId,
        payee_party_id: s.payeePartyId,
        description: s.description,
        amount_cents: s.amountCents,
        due_date: s.dueDate,
        status: 'due',
        paid_at: null,
        receipt_file_id: null,
        confirmed_at: null,
        defaulted_at: null,
        reminded_at: null,
      })
      .onConflict((oc) => oc.columns(['document_row_id', 'term_index', 'seq']).doNothing())
      .execute()
  }
}

/** `receiptUrl` is the signed link to the receipt photo, or null when there is none or the viewer may not see it. */
export function toInstalmentView(r: InstalmentRow, receiptUrl: string | null): TrackedInstalment {
  return {
    id: r.id,
    termIndex: r.term_index,
    seq: r.seq,
    description: r.description,
    payerPartyId: r.payer_party_id,
    payeePartyId: r.payee_party_id,
    amount: r.amount_cents === null ? null : Number(r.amount_cents) / 100,
    dueDate: r.due_date,
    status: r.status as TrackedInstalment['status'],
    paidAt: r.paid_at,
    receiptFileId: r.receipt_file_id,
    receiptUrl,
    confirmedAt: r.confirmed_at,
    defaultedAt: r.defaulted_at,
  }
}
