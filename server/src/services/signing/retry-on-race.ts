/** A unique-constraint violation in either engine (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}

/**
 * Runs `work` again when it lost a race on a unique key (two signers appending at the same chain position):
 * the retry re-reads the chain, so the loser links after the winner instead of failing.
 */
export async function retryOnRace<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (err) {
      if (attempt >= attempts || !isUniqueViolation(err)) throw err
    }
  }
}
