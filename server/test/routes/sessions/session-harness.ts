import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../../src/app'
import { loadConfig } from '../../../src/config'
import { Database } from '../../../src/db/database'
import { seedFirstStart } from '../../../src/bootstrap'
import { newId } from '../../../src/lib/ids'
import sessions from '../../../src/routes/api/v1/sessions'
import { TestClock, DEMO } from '../../helpers/test-app'
import { insertCase } from './case-fixture'

export const REDIS_URL = 'redis://127.0.0.1:6379'

/**
 * One database (SQLite file, or a PostgreSQL schema when TEST_DATABASE_URL is set) shared by any number of
 * listening app instances, each with its own connection pool, as separate processes would have.
 */
export class SharedDatabase {
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-sessions-'))
  readonly pgUrl = process.env.TEST_DATABASE_URL
  readonly schema = this.pgUrl ? `t_${randomBytes(6).toString('hex')}` : undefined
  readonly clock = new TestClock()
  readonly redisPrefix = `test:${randomBytes(6).toString('hex')}:`
  private readonly instances: FastifyInstance[] = []

  open(): Database {
    return this.pgUrl ? Database.postgres(this.pgUrl, this.schema) : Database.sqlite(path.join(this.dataDir, 'test.db'))
  }

  async prepare(): Promise<void> {
    const database = this.open()
    await database.migrate()
    await seedFirstStart(database, this.clock, { demo: true })
    await database.close()
  }

  /** A listening instance; with `redis`, its room events fan out through Redis under this suite's prefix. */
  async instance(options: { redis?: boolean } = {}): Promise<Instance> {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: this.dataDir,
      H5_DIR: path.join(this.dataDir, 'no-h5'),
      JWT_SECRET: 'sessions-test-secret-0123456789abcdef',
      ...(options.redis ? { REDIS_URL, REDIS_KEY_PREFIX: this.redisPrefix } : {}),
      ...(this.pgUrl ? { DATABASE_URL: this.pgUrl, DATABASE_SCHEMA: this.schema } : {}),
    })
    const database = this.open()
    const app = await buildApp({ config, database, clock: this.clock, logger: false })
    // Until the lead mounts the area in routes/api/v1/index.ts, mount it here the same way.
    if (!app.hasRoute({ method: 'GET', url: '/api/v1/sessions/rooms/:roomId/messages' })) {
      await app.register(sessions, { prefix: '/api/v1/sessions', redisKeyPrefix: this.redisPrefix })
    }
    await app.listen({ port: 0, host: '127.0.0.1' })
    this.instances.push(app)
    const address = app.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    return new Instance(app, database, `ws://127.0.0.1:${port}`)
  }

  async close(): Promise<void> {
    for (const app of this.instances.splice(0)) await app.close()
    if (this.pgUrl && this.schema) {
      const admin = Database.postgres(this.pgUrl)
      await admin.dropSchema(this.schema)
      await admin.close()
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true })
  }
}

export class Instance {
  constructor(
    readonly app: FastifyInstance,
    readonly database: Database,
    readonly wsBase: string,
  ) {}

  async userId(phone: string): Promise<string> {
    const user = await this.app.services.users.findByPhone(phone)
    if (!user) throw new Error(`no user ${phone}`)
    return user.id
  }

  async token(phone: string): Promise<string> {
    const user = await this.app.services.users.findByPhone(phone)
    if (!user) throw new Error(`no user ${phone}`)
    return this.app.signAccessToken(user.id, user.roles)
  }

  async bearer(phone: string): Promise<{ authorization: string }> {
    return { authorization: `Bearer ${await this.token(phone)}` }
  }

  socketUrl(roomId: string): string {
    return `${this.wsBase}/api/v1/sessions/rooms/${roomId}/socket`
  }
}

export const OUTSIDER_PHONE = '13900000009'

export interface CaseFixture {
  caseId: string
  jointRoomId: string
  users: Record<'applicant' | 'respondent' | 'mediator' | 'committeeAdmin' | 'outsider', string>
}

/**
 * A case in committee 500107001: 王秀英 applies, the second resident responds, the demo mediator mediates, and
 * the referring officer and a court clerk are attached as staff. An extra resident has nothing to do with it.
 */
export async function createCase(instance: Instance): Promise<CaseFixture> {
  const db = instance.database.db
  const now = new Date().toISOString()
  const id = async (phone: string) => instance.userId(phone)
  const admin = await db
    .selectFrom('users')
    .select('organisation_id')
    .where('phone', '=', DEMO.committeeAdmin)
    .executeTakeFirstOrThrow()
  const outsider = (await db.selectFrom('users').select('id').where('phone', '=', OUTSIDER_PHONE).executeTakeFirst())
    ?.id
  const outsiderId = outsider ?? newId()
  if (!outsider) {
    await db
      .insertInto('users')
      .values({
        id: outsiderId,
        phone: OUTSIDER_PHONE,
        phone_masked: '139****0009',
        display_name: '路人',
        wx_openid: null,
        real_name: null,
        id_number_enc: null,
        id_number_hash: null,
        id_number_masked: null,
        real_name_verified_at: null,
        organisation_id: null,
        specialities: '[]',
        settings: '{}',
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await db.insertInto('user_roles').values({ user_id: outsiderId, role: 'resident' }).execute()
  }
  const [applicant, respondent, mediator] = await Promise.all([DEMO.resident, DEMO.resident2, DEMO.mediator].map(id))
  const caseId = await insertCase(db, {
    committeeId: admin.organisation_id,
    createdBy: applicant,
    parties: [
      { role: 'applicant', userId: applicant, name: '王秀英' },
      { role: 'respondent', userId: respondent, name: '李四' },
    ],
    staff: [
      { role: 'mediator', userId: mediator },
      { role: 'police', userId: await id(DEMO.police) },
      { role: 'court_clerk', userId: await id(DEMO.courtClerk) },
    ],
  })
  const res = await instance.app.inject({
    method: 'GET',
    url: `/api/v1/sessions/cases/${caseId}/rooms`,
    headers: await instance.bearer(DEMO.mediator),
  })
  if (res.statusCode !== 200) throw new Error(`rooms: ${res.body}`)
  const joint = (res.json() as { items: Array<{ id: string; kind: string }> }).items.find((r) => r.kind === 'joint')!
  return {
    caseId,
    jointRoomId: joint.id,
    users: { applicant, respondent, mediator, committeeAdmin: await id(DEMO.committeeAdmin), outsider: outsiderId },
  }
}
