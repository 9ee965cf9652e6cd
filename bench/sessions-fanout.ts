/**
 * Live-session fan-out benchmark: N sockets in M joint rooms, spread over two API server processes that share one
 * database and fan out through Redis. Reports delivery latency (send → every other socket of the room) p50/p99,
 * with a same-run baseline (ping/pong round trip on the same sockets), and server memory per socket (idle
 * servers after GC vs. all sockets connected, after GC). Loopback only; bounded by --timeout; stops by itself.
 *
 *   npx tsx bench/sessions-fanout.ts --sockets 2000 --rooms 500 --rounds 5 --rate 200 [--pg postgres://...]
 *     [--timeout <s>] [--cpu-prof <dir>: the API processes write V8 CPU profiles there, for Chrome DevTools]
 */
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import WebSocket from 'ws'
import type { ServerFrame } from '@contract/sessions'
import { buildApp } from '../server/src/app'
import { loadConfig } from '../server/src/config'
import { Database } from '../server/src/db/database'
import { seedDemo } from '../server/src/db/seed'
import { systemClock } from '../server/src/lib/clock'
import sessions from '../server/src/routes/api/v1/sessions'
import { RoomsRepo } from '../server/src/services/sessions/rooms-repo'
import { insertCase } from '../server/test/routes/sessions/case-fixture'

const PARTICIPANT_PHONES = ['13800000001', '13800000002', '13800000004', '13800000005'] // all may join

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

interface Shared {
  dataDir: string
  pgUrl?: string
  schema?: string
  redisPrefix: string
  jwtSecret: string
}

const openDb = (s: Shared) =>
  s.pgUrl ? Database.postgres(s.pgUrl, s.schema) : Database.sqlite(path.join(s.dataDir, 'bench.db'))

/** Child process: one API instance. Answers `tokens` and `memory` requests from the parent over IPC. */
async function serve(shared: Shared): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: shared.dataDir,
    H5_DIR: path.join(shared.dataDir, 'no-h5'),
    JWT_SECRET: shared.jwtSecret,
    REDIS_URL: 'redis://127.0.0.1:6379',
    ...(shared.pgUrl ? { DATABASE_URL: shared.pgUrl, DATABASE_SCHEMA: shared.schema } : {}),
  })
  const database = openDb(shared)
  const app = await buildApp({ config, database, clock: systemClock, logger: false })
  if (!app.hasRoute({ method: 'GET', url: '/api/v1/sessions/rooms/:roomId/messages' })) {
    await app.register(sessions, { prefix: '/api/v1/sessions', redisKeyPrefix: shared.redisPrefix })
  }
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  process.on('message', async (msg: { kind: string; userIds?: string[] }) => {
    if (msg.kind === 'tokens') {
      const tokens: Record<string, string> = {}
      for (const id of msg.userIds ?? []) {
        const user = await app.services.users.findById(id)
        tokens[id] = app.signAccessToken(id, user!.roles)
      }
      process.send!({ kind: 'tokens', tokens })
    } else if (msg.kind === 'memory') {
      for (let i = 0; i < 3; i++) global.gc?.()
      await new Promise((r) => setTimeout(r, 200))
      const { rss, heapUsed } = process.memoryUsage()
      process.send!({ kind: 'memory', rss, heapUsed })
    } else if (msg.kind === 'stop') {
      await app.close()
      process.exit(0)
    }
  })
  process.send!({ kind: 'listening', port: typeof address === 'object' && address ? address.port : 0 })
}

function request<T>(child: ChildProcess, message: object, replyKind: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (reply: { kind: string } & T) => {
      if (reply.kind !== replyKind) return
      child.off('message', onMessage)
      resolve(reply)
    }
    child.on('message', onMessage)
    child.send(message)
  })
}

/** Seeds the demo accounts and M cases, each with its joint room, all four demo participants on each. */
async function prepare(shared: Shared, rooms: number): Promise<{ roomIds: string[]; userIds: string[] }> {
  const database = openDb(shared)
  await database.migrate()
  await seedDemo(database, systemClock)
  const db = database.db
  const users = await db.selectFrom('users').select(['id', 'phone', 'organisation_id']).execute()
  const byPhone = new Map(users.map((u) => [u.phone, u]))
  const [applicant, respondent, mediator, admin] = PARTICIPANT_PHONES.map((p) => byPhone.get(p)!)
  const repo = new RoomsRepo(database)
  const roomIds: string[] = []
  for (let i = 0; i < rooms; i++) {
    const caseId = await insertCase(db, {
      committeeId: admin.organisation_id,
      createdBy: applicant.id,
      caseNumber: `BENCH-${i}`,
      parties: [
        { role: 'applicant', userId: applicant.id, name: '申请人' },
        { role: 'respondent', userId: respondent.id, name: '被申请人' },
      ],
      staff: [{ role: 'mediator', userId: mediator.id }],
    })
    roomIds.push((await repo.ensureJoint(caseId, new Date())).id)
  }
  await database.close()
  return { roomIds, userIds: [applicant.id, respondent.id, mediator.id, admin.id] }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const summary = (values: number[]) => {
  if (values.length === 0) return 'n=0'
  const s = [...values].sort((a, b) => a - b)
  return `n=${s.length} p50=${percentile(s, 50).toFixed(2)}ms p99=${percentile(s, 99).toFixed(2)}ms max=${s[s.length - 1].toFixed(2)}ms`
}
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`
const now = () => performance.now()

interface Client {
  ws: WebSocket
  room: number
  index: number
  lastSeq: number
  onFrame?: (frame: ServerFrame) => void
}

function connect(url: string, token: string): Promise<{ ws: WebSocket; lastSeq: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ['tiaojie.v1', token])
    const onFrame = (data: WebSocket.RawData) => {
      const frame = JSON.parse(data.toString()) as ServerFrame
      if (frame.type !== 'ready') return // presence of others may come first
      ws.off('message', onFrame)
      resolve({ ws, lastSeq: frame.lastSeq })
    }
    ws.on('message', onFrame)
    ws.once('close', (code) => reject(new Error(`closed ${code}`)))
    ws.once('error', reject)
  })
}

async function main(): Promise<void> {
  const sockets = Number(arg('sockets', '2000'))
  const roomCount = Number(arg('rooms', '500'))
  const rounds = Number(arg('rounds', '5'))
  const rate = Number(arg('rate', '200')) // messages per second, over all rooms
  const timeoutMs = Number(arg('timeout', '300')) * 1000
  const cpuProfDir = arg('cpu-prof', '')
  const pgUrl = process.argv.includes('--pg') ? arg('pg', '') : undefined
  const shared: Shared = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-bench-')),
    pgUrl,
    schema: pgUrl ? `bench_${randomBytes(4).toString('hex')}` : undefined,
    redisPrefix: `bench:${randomBytes(4).toString('hex')}:`,
    jwtSecret: randomBytes(24).toString('hex'),
  }
  const children: ChildProcess[] = []
  process.on('exit', () => children.forEach((c) => c.kill()))
  const stop = setTimeout(() => {
    console.error(`timed out after ${timeoutMs / 1000}s`)
    children.forEach((c) => c.kill())
    process.exit(2)
  }, timeoutMs)

  console.log(
    `sessions fan-out: ${sockets} sockets, ${roomCount} rooms, 2 instances via Redis, ${pgUrl ? 'PostgreSQL' : 'SQLite'}`,
  )
  const { roomIds, userIds } = await prepare(shared, roomCount)
  const ports: number[] = []
  for (let i = 0; i < 2; i++) {
    const profile = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(cpuProfDir)] : []
    const execArgv = ['--import', 'tsx', '--expose-gc', ...profile]
    const child = fork(__filename, ['serve', JSON.stringify(shared)], { execArgv })
    children.push(child)
    ports.push((await request<{ port: number }>(child, { kind: 'noop' }, 'listening')).port)
  }
  const { tokens } = await request<{ tokens: Record<string, string> }>(
    children[0],
    { kind: 'tokens', userIds },
    'tokens',
  )
  const memory = () =>
    Promise.all(children.map((c) => request<{ rss: number; heapUsed: number }>(c, { kind: 'memory' }, 'memory')))
  const idle = await memory()

  // Socket i joins room i % M on instance floor(i / M) % 2, so every room has members on both instances.
  const clients: Client[] = []
  const started = now()
  for (let i = 0; i < sockets; i += 50) {
    const batch = Array.from({ length: Math.min(50, sockets - i) }, (_, k) => i + k)
    const opened = await Promise.all(
      batch.map(async (n) => {
        const room = n % roomCount
        const port = ports[Math.floor(n / roomCount) % 2]
        const user = userIds[Math.floor(n / roomCount) % userIds.length]
        const url = `ws://127.0.0.1:${port}/api/v1/sessions/rooms/${roomIds[room]}/socket`
        return { ...(await connect(url, tokens[user])), room, index: n }
      }),
    )
    clients.push(...opened)
  }
  console.log(`connected ${clients.length} sockets in ${((now() - started) / 1000).toFixed(1)} s`)
  for (const c of clients) {
    c.ws.on('message', (data) => c.onFrame?.(JSON.parse(data.toString()) as ServerFrame))
    c.ws.send(JSON.stringify({ type: 'resume', afterSeq: c.lastSeq }))
  }
  await new Promise((r) => setTimeout(r, 1000))
  const loaded = await memory()

  // Baseline: ping/pong round trip on the same sockets (loopback + framing + event loop, no DB, no Redis).
  const pings: number[] = []
  for (const c of clients.slice(0, Math.min(500, clients.length))) {
    const t0 = now()
    await new Promise<void>((resolve) => {
      c.onFrame = (f) => f.type === 'pong' && resolve()
      c.ws.send(JSON.stringify({ type: 'ping' }))
    })
    pings.push(now() - t0)
  }

  // Fan-out: one sender per room per round, paced at --rate; latency to each other socket of the room.
  const latencies: number[] = []
  const acks: number[] = [] // send → ack on the sender: the store + publish part of the path
  const sentAt = new Map<string, number>()
  let expected = 0
  const errors = new Map<string, number>()
  for (const c of clients) {
    c.onFrame = (f) => {
      if (f.type === 'error') errors.set(f.code, (errors.get(f.code) ?? 0) + 1)
      if (f.type === 'ack') {
        const t0 = sentAt.get(f.clientMsgId)
        if (t0 !== undefined) acks.push(now() - t0)
      }
      if (f.type !== 'message' || !f.message.clientMsgId) return
      const t0 = sentAt.get(f.message.clientMsgId)
      if (t0 !== undefined && f.message.text !== String(c.index)) latencies.push(now() - t0)
    }
  }
  const byRoom = new Map<number, Client[]>()
  clients.forEach((c) => byRoom.set(c.room, [...(byRoom.get(c.room) ?? []), c]))
  const interval = 1000 / rate
  const fanStart = now()
  let sent = 0
  for (let r = 0; r < rounds; r++) {
    for (const [room, members] of byRoom) {
      const sender = members[r % members.length]
      const id = `bench-${r}-${room}`
      sentAt.set(id, now())
      sender.ws.send(JSON.stringify({ type: 'send', clientMsgId: id, kind: 'text', text: String(sender.index) }))
      expected += members.length - 1
      sent++
      const due = fanStart + sent * interval
      if (due > now()) await new Promise((res) => setTimeout(res, due - now()))
    }
  }
  const until = now() + 10_000
  while (latencies.length < expected && now() < until) await new Promise((r) => setTimeout(r, 50))

  const load = os.loadavg().map((l) => l.toFixed(1))
  console.log(`load average (1/5/15 min): ${load.join(' / ')} on ${os.cpus().length} cores`)
  const perSocket = (key: 'rss' | 'heapUsed') =>
    (loaded.reduce((s, m) => s + m[key], 0) - idle.reduce((s, m) => s + m[key], 0)) / clients.length
  console.log(`baseline ping/pong RTT:   ${summary(pings)}`)
  console.log(
    `fan-out send→receive:     ${summary(latencies)} (${sent} messages, ${latencies.length}/${expected} deliveries, ${rate}/s)`,
  )
  console.log(`sender ack (stored+published): ${summary(acks)}`)
  if (errors.size > 0) console.log(`errors from the servers: ${JSON.stringify(Object.fromEntries(errors))}`)
  console.log(`server memory idle:       ${idle.map((m) => `rss ${mb(m.rss)} heap ${mb(m.heapUsed)}`).join(' | ')}`)
  console.log(`server memory loaded:     ${loaded.map((m) => `rss ${mb(m.rss)} heap ${mb(m.heapUsed)}`).join(' | ')}`)
  console.log(
    `memory per socket:        rss ${(perSocket('rss') / 1024).toFixed(1)} KB, heap ${(perSocket('heapUsed') / 1024).toFixed(1)} KB`,
  )

  for (const c of clients) c.ws.terminate()
  const exited = children.map((c) => new Promise((res) => c.once('exit', res)))
  children.forEach((c) => c.send({ kind: 'stop' }))
  await Promise.all(exited)
  if (shared.pgUrl && shared.schema) {
    const admin = Database.postgres(shared.pgUrl)
    await admin.dropSchema(shared.schema)
    await admin.close()
  }
  fs.rmSync(shared.dataDir, { recursive: true, force: true })
  clearTimeout(stop)
  if (latencies.length < expected) process.exitCode = 1
}

const entry = process.argv[2] === 'serve' ? serve(JSON.parse(process.argv[3]) as Shared) : main()
entry.catch((err) => {
  console.error(err)
  process.exit(1)
})
