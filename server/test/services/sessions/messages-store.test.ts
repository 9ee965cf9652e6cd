import type { Database } from '../../../src/db/database'
import { MessagesStore, type NewMessage } from '../../../src/services/sessions/messages-store'
import { RoomsRepo } from '../../../src/services/sessions/rooms-repo'
import { DEMO } from '../../helpers/test-app'
import { insertCase } from '../../routes/sessions/case-fixture'
import { SharedDatabase } from '../../routes/sessions/session-harness'

/**
 * The per-room sequence under real concurrency: many parallel appends, on PostgreSQL from two connection pools on
 * one database (two API instances). Runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
describe('MessagesStore sequence', () => {
  const shared = new SharedDatabase()
  let one: Database
  let two: Database
  let stores: MessagesStore[]
  let senderId: string

  beforeAll(async () => {
    await shared.prepare()
    one = shared.open()
    // SQLite: one connection per process (better-sqlite3 is synchronous, so a second connection waiting for the
    // write lock would block the event loop that must finish the first one's transaction).
    two = shared.pgUrl ? shared.open() : one
    stores = [new MessagesStore(one), new MessagesStore(two)]
    const users = await one.db.selectFrom('users').select(['id', 'phone', 'organisation_id']).execute()
    const sender = users.find((u) => u.phone === DEMO.resident)!
    senderId = sender.id
  })
  afterAll(async () => {
    await one.close()
    if (two !== one) await two.close()
    await shared.close()
  })

  const newRoom = async (): Promise<string> => {
    const caseId = await insertCase(one.db, {
      committeeId: null,
      createdBy: senderId,
      parties: [{ role: 'applicant', userId: senderId, name: '王秀英' }],
      staff: [],
    })
    return (await new RoomsRepo(one).ensureJoint(caseId, new Date())).id
  }
  const text = (clientMsgId: string): NewMessage => ({
    senderUserId: senderId,
    clientMsgId,
    kind: 'text',
    text: clientMsgId,
  })
  const storedSeqs = async (roomId: string) =>
    (await stores[0].after(roomId, 0, 10_000)).map((m) => ({ seq: m.seq, clientMsgId: m.clientMsgId }))
  // Not `rejects.toThrow()`: a driver error made in another test file's realm is not an `Error` to jest here.
  const outcome = (work: Promise<unknown>) =>
    work.then(
      () => 'resolved',
      () => 'rejected',
    )
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)

  it('gives parallel appends gap-free, unique seqs, each stored under the seq it returned', async () => {
    const roomId = await newRoom()
    const seen: number[] = []
    const appends = range(0, 120).map((i) =>
      i % 10 === 9
        ? // A system event commits with other work (the audit entry): the transactional path.
          stores[i % 2].append(
            roomId,
            { senderUserId: null, clientMsgId: null, kind: 'system', event: 'joined', data: { i } },
            new Date(),
            async (tx, message) => {
              const row = await tx
                .selectFrom('session_messages')
                .select('seq')
                .where('room_id', '=', roomId)
                .where('seq', '=', message.seq)
                .executeTakeFirst()
              if (row) seen.push(Number(row.seq))
            },
          )
        : stores[i % 2].append(roomId, text(`parallel-${i}`), new Date()),
    )
    const results = await Promise.all(appends)
    expect(results.every((r) => !r.duplicate)).toBe(true)
    const seqs = results.map((r) => r.message.seq).sort((a, b) => a - b)
    expect(seqs).toEqual(range(1, 120))
    expect(seen.sort((a, b) => a - b)).toEqual(
      results
        .filter((r) => r.message.kind === 'system')
        .map((r) => r.message.seq)
        .sort((a, b) => a - b),
    )
    const stored = await storedSeqs(roomId)
    expect(stored.map((m) => m.seq)).toEqual(range(1, 120))
    for (const { message } of results) {
      expect(stored[message.seq - 1].clientMsgId).toBe(message.clientMsgId)
    }
    expect(await stores[1].lastSeq(roomId)).toBe(120)
  })

  it('never shows a seq before every lower seq is committed', async () => {
    const roomId = await newRoom()
    let writing = true
    const holes: string[] = []
    const reader = (async () => {
      while (writing) {
        const seqs = (await stores[1].after(roomId, 0, 10_000)).map((m) => m.seq)
        if (seqs.some((seq, i) => seq !== i + 1)) holes.push(seqs.join(','))
      }
    })()
    await Promise.all(range(0, 150).map((i) => stores[i % 2].append(roomId, text(`visible-${i}`), new Date())))
    writing = false
    await reader
    expect(holes).toEqual([])
    expect((await storedSeqs(roomId)).map((m) => m.seq)).toEqual(range(1, 150))
  })

  it('stores parallel copies of one client message once, returns the original to all, and burns no seq', async () => {
    const roomId = await newRoom()
    await stores[0].append(roomId, text('before-copies'), new Date())
    const copies = await Promise.all(
      range(0, 20).map((i) => stores[i % 2].append(roomId, text('same-client-id'), new Date())),
    )
    const originals = copies.filter((c) => !c.duplicate)
    expect(originals).toHaveLength(1)
    for (const copy of copies) expect(copy.message).toEqual(originals[0].message)
    expect(originals[0].message.seq).toBe(2)
    const next = await stores[1].append(roomId, text('after-copies'), new Date())
    expect(next).toMatchObject({ duplicate: false, message: { seq: 3 } })
    expect(await storedSeqs(roomId)).toEqual([
      { seq: 1, clientMsgId: 'before-copies' },
      { seq: 2, clientMsgId: 'same-client-id' },
      { seq: 3, clientMsgId: 'after-copies' },
    ])
  })

  it('gives the seq back when the message cannot be stored, and refuses a room that does not exist', async () => {
    const roomId = await newRoom()
    await stores[0].append(roomId, text('first-one'), new Date())
    const ghost = { ...text('ghost-sender'), senderUserId: 'no-such-user' } // foreign key violation
    expect(await outcome(stores[0].append(roomId, ghost, new Date()))).toBe('rejected')
    expect(await outcome(stores[1].append('no-such-room', text('nowhere-msg'), new Date()))).toBe('rejected')
    expect(await stores[1].lastSeq(roomId)).toBe(1)
    expect((await stores[1].append(roomId, text('second-one'), new Date())).message.seq).toBe(2)
    expect(await stores[0].after('no-such-room', 0, 10)).toEqual([])
  })
})
