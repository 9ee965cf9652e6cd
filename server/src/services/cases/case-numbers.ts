import type { DbTx } from '../../db/database'

/**
 * Human-readable case numbers, TJ-<year>-<6 digits>, gap-free per year. Runs inside the caller's
 * transaction; the upsert takes a row lock in PostgreSQL and SQLite has a single writer.
 */
export async function nextCaseNumber(tx: DbTx, year: number): Promise<string> {
  await tx
    .insertInto('case_numbers')
    .values({ year, last: 0 })
    .onConflict((oc) => oc.column('year').doNothing())
    .execute()
  const row = await tx
    .updateTable('case_numbers')
    .set((eb) => ({ last: eb('last', '+', 1) }))
    .where('year', '=', year)
    .returning('last')
    .executeTakeFirstOrThrow()
  return `TJ-${year}-${String(row.last).padStart(6, '0')}`
}
