import fc from 'fast-check'
import { sql } from 'kysely'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'
import { insertCase } from '../helpers/cases'
import { addVersion, createSigningCase, makePng, signFully } from '../services/signing/signing-fixture'
import { RouteCatalogue } from './route-catalogue'

/** The identities requests are sent as: no login, and one demo account per role (two residents: both parties). */
export const FUZZ_ROLES = {
  anonymous: undefined,
  applicant: DEMO.resident,
  respondent: DEMO.resident2,
  police: DEMO.police,
  mediator: DEMO.mediator,
  committeeAdmin: DEMO.committeeAdmin,
  courtClerk: DEMO.courtClerk,
  sysAdmin: DEMO.sysAdmin,
} as const

interface AccountSnapshot {
  users: Array<{ id: string; active: number; organisation_id: string | null; display_name: string }>
  roles: Array<{ user_id: string; role: string }>
}

/**
 * A real app on a real database (SQLite, or PostgreSQL under TEST_DATABASE_URL) with demo data and a case that went
 * through drafting, signing and sealing, plus a file, a scheduled session and an intake conversation, so generated
 * path parameters and id fields hit real rows. Ids are re-read from every table as the fuzzer creates more.
 */
export class FuzzWorld {
  readonly catalogue = new RouteCatalogue()
  readonly tokens: Record<string, string | undefined> = {}
  private pools = new Map<string, string[]>()
  private allIds: string[] = []
  private accounts!: AccountSnapshot
  t!: TestApp

  async open(): Promise<void> {
    this.t = await buildTestApp({ onRoute: this.catalogue.onRoute })
    for (const [role, phone] of Object.entries(FUZZ_ROLES)) {
      this.tokens[role] = phone ? (await this.t.authHeader(phone)).authorization : undefined
    }
    await this.createCases()
    await this.snapshotAccounts()
    await this.refreshPools()
  }

  close(): Promise<void> {
    return this.t.close()
  }

  private async createCases(): Promise<void> {
    const t = this.t
    const signed = await createSigningCase(t)
    await signFully(t, signed, await addVersion(t, signed))
    await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
    })
    const as = (role: keyof typeof FUZZ_ROLES) => ({ authorization: this.tokens[role]! })
    const png = makePng(8, 8, 1)
    const boundary = '----world'
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${signed.caseId}/files`,
      headers: { ...as('applicant'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="证据.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    })
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/cases/${signed.caseId}/schedules`,
      headers: as('mediator'),
      payload: { startsAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(), durationMinutes: 60 },
    })
    await t.app.inject({ method: 'GET', url: `/api/v1/sessions/cases/${signed.caseId}/rooms`, headers: as('mediator') })
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/intake/sessions',
      headers: as('applicant'),
      payload: { narrative: '老板拖欠我三个月工资共计一万五千元，2026年10月离职后一直不给。' },
    })
  }

  private async tableNames(): Promise<string[]> {
    const db = this.t.database
    const result =
      db.dialect === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db.db)
        : await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema()`.execute(db.db)
    return result.rows.map((r) => r.name).filter((name) => !name.startsWith('kysely_') && !name.startsWith('sqlite_'))
  }

  /** Re-reads up to 30 ids from every table with an `id` column (the fuzzer's own writes included). */
  async refreshPools(): Promise<void> {
    const pools = new Map<string, string[]>()
    for (const table of await this.tableNames()) {
      try {
        const rows = await sql<{ id: string }>`select id from ${sql.table(table)} limit 30`.execute(this.t.database.db)
        if (rows.rows.length)
          pools.set(
            table,
            rows.rows.map((r) => String(r.id)),
          )
      } catch {
        // no id column
      }
    }
    this.pools = pools
    this.allIds = [...pools.values()].flat()
  }

  /**
   * Real ids for a parameter or field: from the tables its name or URL segment names (`:roomId`, `/cases/:id`,
   * `mediatorUserId`), else from any table. Drawn lazily, so pools refreshed later are used.
   */
  readonly idsFor = (name: string, segment: string): fc.Arbitrary<string> => {
    const hints = [name.replace(/Ids?$/, '').replace(/Row$/, ''), segment.replace(/-/g, '_')]
      .map((hint) =>
        hint
          .replace(/([a-z])([A-Z])/g, '$1_$2')
          .toLowerCase()
          .replace(/s$/, ''),
      )
      .filter((hint) => hint && hint !== 'id')
    return fc.nat().map((n) => {
      const tables = [...this.pools.keys()]
      const exact = tables.filter((table) => hints.some((h) => table === h || table === `${h}s`))
      const near = exact.length ? exact : tables.filter((table) => hints.some((h) => table.includes(h)))
      const ids = near.flatMap((table) => this.pools.get(table) ?? [])
      const source = ids.length ? ids : this.allIds
      return source.length ? source[n % source.length] : 'none'
    })
  }

  private async snapshotAccounts(): Promise<void> {
    const db = this.t.database.db
    this.accounts = {
      users: await db.selectFrom('users').select(['id', 'active', 'organisation_id', 'display_name']).execute(),
      roles: await db.selectFrom('user_roles').select(['user_id', 'role']).execute(),
    }
  }

  /**
   * Puts the demo accounts back as they were (the fuzzer, as sys_admin, may disable or demote them), so every
   * role keeps reaching past authentication for the whole run.
   */
  async restoreAccounts(): Promise<void> {
    await this.t.database.transaction(async (tx) => {
      for (const user of this.accounts.users) {
        await tx
          .updateTable('users')
          .set({ active: user.active, organisation_id: user.organisation_id, display_name: user.display_name })
          .where('id', '=', user.id)
          .execute()
        await tx.deleteFrom('user_roles').where('user_id', '=', user.id).execute()
      }
      if (this.accounts.roles.length) await tx.insertInto('user_roles').values(this.accounts.roles).execute()
    })
  }
}
