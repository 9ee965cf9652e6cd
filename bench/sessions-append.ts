/**
 * The store half of the live-session send path: MessagesStore.append (take the room's next seq, store the
 * message) with --writers concurrent senders spread over --rooms rooms. Baseline in the same run: `select 1` on
 * the same pool, i.e. one database round trip, so the ratio reads as "round trips per message".
 * Loopback only; bounded by --timeout; stops by itself.
 *
 *   npx tsx --tsconfig server/tsconfig.json bench/sessions-append.ts --messages 3000 --writers 8 --rooms 50 [--pg postgres://...]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { Database } from '../server/src/db/database'
import { seedDemo } from '../server/src/db/seed'
import { systemClock } from '../server/src/lib/clock'
import { MessagesStore } from '../server/src/services/sessions/messages-store'
import { RoomsRepo } from '../server/src/services/sessions/rooms-repo'
import { insertCase } from '../server/test/routes/sessions/case-fixture'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] }
}
const show = (v: ReturnType<typeof stats>) =>
  `n=${v.n} p50=${v.p50.toFixed(2)}ms p99=${v.p99.toFixed(2)}ms max=${v.max.toFixed(2)}ms`

/** Runs `total` timed calls of `work`, at most `writers` at a time. */
async function timed(total: number, writers: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t0 = performance.now()
        await work(i)
        times.push(performance.now() - t0)
      }
    }),
  )
  return times
}

async function main(): Promise<void> {
  const messages = Number(arg('messages', '3000'))
  const writers = Number(arg('writers', '8'))
  const roomCount = Number(arg('rooms', '50'))
  const timeoutMs = Number(arg('timeout', '120')) * 1000
  const pgUrl = process.argv.includes('--pg') ? arg('pg', '') : undefined
  const stop = setTimeout(() => {
    console.error(`timed out after ${timeoutMs / 1000}s`)
    process.exit(2)
  }, timeoutMs)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-bench-'))
  const schema = pgUrl ? `bench_${randomBytes(4).toString('hex')}` : undefined
  const database = pgUrl ? Database.postgres(pgUrl, schema) : Database.sqlite(path.join(dataDir, 'bench.db'))
  try {
    await database.migrate()
    await seedDemo(database, systemClock)
    const users = await database.db.selectFrom('users').select(['id', 'phone', 'organisation_id']).execute()
    const applicant = users.find((u) => u.phone === '13800000001')!
    const admin = users.find((u) => u.phone === '13800000005')!
    const repo = new RoomsRepo(database)
    const roomIds: string[] = []
    for (let i = 0; i < roomCount; i++) {
      const caseId = await insertCase(database.db, {
        committeeId: admin.organisation_id,
        createdBy: applicant.id,
        caseNumber: `BENCH-${i}`,
        parties: [{ role: 'applicant', userId: applicant.id, name: '申请人' }],
        staff: [],
      })
      roomIds.push((await repo.ensureJoint(caseId, new Date())).id)
    }
    const store = new MessagesStore(database)
    const send = (i: number) =>
      store.append(
        roomIds[i % roomCount],
        { senderUserId: applicant.id, clientMsgId: `bench-${i}`, kind: 'text', text: `消息 ${i}` },
        new Date(),
      )
    await timed(Math.min(200, messages), writers, (i) => send(messages + i)) // warm-up: pool, plans, JIT
    const roundTrip = stats(await timed(messages, writers, () => sql`select 1`.execute(database.db)))
    const append = stats(await timed(messages, writers, send))
    console.log(
      `sessions append: ${pgUrl ? 'PostgreSQL' : 'SQLite'}, ${writers} concurrent writers over ${roomCount} rooms`,
    )
    console.log(`baseline select 1:  ${show(roundTrip)}`)
    console.log(`append:             ${show(append)}`)
    console.log(
      `ratio append/select 1: p50 ${(append.p50 / roundTrip.p50).toFixed(1)}x, p99 ${(append.p99 / roundTrip.p99).toFixed(1)}x`,
    )
  } finally {
    await database.close()
    if (pgUrl && schema) {
      const admin = Database.postgres(pgUrl)
      await admin.dropSchema(schema)
      await admin.close()
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
    clearTimeout(stop)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
