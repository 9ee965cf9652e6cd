import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { Database } from '../../src/db/database'

const run = promisify(execFile)
const root = path.resolve(__dirname, '../../..')

/** The operator CLI, run as a real process against a real database (SQLite, or PostgreSQL when configured). */
describe('npm run user:create', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-cli-'))
  const pgUrl = process.env.TEST_DATABASE_URL
  const schema = `t_${randomBytes(6).toString('hex')}`
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(pgUrl ? { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema } : {}),
  }
  const cli = (script: string, args: string[] = []) =>
    run(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'server/src/cli', script), ...args],
      { env, cwd: root },
    )

  afterAll(async () => {
    if (pgUrl) {
      const admin = Database.postgres(pgUrl)
      await admin.dropSchema(schema)
      await admin.close()
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('seeds, then creates a court clerk in the named court, audited as done by the CLI', async () => {
    const seeded = await cli('seed.ts')
    expect(seeded.stdout).toContain('13800000001')
    const { stdout } = await cli('user-create.ts', [
      '--phone',
      '13600000009',
      '--name',
      '何书记员',
      '--roles',
      'court_clerk',
      '--org',
      '重庆市九龙坡区人民法院',
    ])
    expect(stdout).toMatch(/Created 何书记员 \(136\*\*\*\*0009\) roles=court_clerk/)

    const database = pgUrl ? Database.postgres(pgUrl, schema) : Database.sqlite(path.join(dataDir, 'tiaojie.db'))
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'data'])
      .where('action', '=', 'staff.create')
      .execute()
    await database.close()
    expect(audit).toHaveLength(1)
    expect(audit[0].actor_user_id).toBeNull()
    expect(JSON.parse(audit[0].data).via).toBe('cli')
  }, 60000)

  it('explains bad arguments', async () => {
    await expect(cli('user-create.ts', ['--phone', '123', '--name', 'x', '--roles', 'mediator'])).rejects.toMatchObject(
      {
        stderr: expect.stringMatching(/phone/),
      },
    )
    await expect(cli('user-create.ts')).rejects.toMatchObject({ stdout: expect.stringContaining('Usage:') })
  }, 60000)
})
