import type { Database } from '../database'
import { AuditLog } from '../../services/audit/audit-log'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import { maskPhone } from '../../lib/mask'
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_REGIONS } from './demo-places'

/** True when the database has no accounts yet (the first start). */
export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst()
  return !row
}

/**
 * Demo data: 九龙坡区 with streets and communities, their committees (community, street, district and
 * specialist), a police station, the district court and one account of each role. Idempotent: rows that
 * exist are left alone.
 */
export async function seedDemo(database: Database, clock: Clock): Promise<void> {
  const stamp = clock.now().toISOString()
  const audit = new AuditLog(database, clock)
  await database.transaction(async (tx) => {
    for (const r of DEMO_REGIONS) {
      await tx
        .insertInto('regions')
        .values({ code: r.code, name: r.name, level: r.level, parent_code: r.parent })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute()
    }
    const orgIds = new Map<string, string>()
    for (const o of DEMO_ORGANISATIONS) {
      const existing = await tx.selectFrom('organisations').select('id').where('name', '=', o.name).executeTakeFirst()
      const id = existing?.id ?? newId()
      orgIds.set(o.key, id)
      if (existing) continue
      await tx
        .insertInto('organisations')
        .values({
          id,
          name: o.name,
          type: o.type,
          level: o.level,
          specialities: JSON.stringify(o.specialities),
          region_code: o.region,
          address: o.address,
          phone: o.phone,
          service_area: JSON.stringify(o.serviceArea),
          active: 1,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute()
    }
    for (const a of DEMO_ACCOUNTS) {
      const existing = await tx.selectFrom('users').select('id').where('phone', '=', a.phone).executeTakeFirst()
      if (existing) continue
      const id = newId()
      await tx
        .insertInto('users')
        .values({
          id,
          phone: a.phone,
          phone_masked: maskPhone(a.phone),
          display_name: a.displayName,
          wx_openid: null,
          real_name: null,
          id_number_enc: null,
          id_number_hash: null,
          id_number_masked: null,
          real_name_verified_at: null,
          organisation_id: a.organisation ? orgIds.get(a.organisation)! : null,
          specialities: JSON.stringify(a.specialities),
          settings: JSON.stringify({ careMode: null, activeRole: null }),
          active: 1,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute()
      await tx
        .insertInto('user_roles')
        .values(a.roles.map((role) => ({ user_id: id, role })))
        .execute()
    }
    await audit.append(tx, {
      actorUserId: null,
      action: 'system.seed_demo',
      entityType: 'system',
      data: { accounts: DEMO_ACCOUNTS.length },
    })
  })
}

/** The lines printed at start so anyone can log in to the demo. */
export function demoLoginHelp(): string[] {
  return [
    'Demo accounts (log in with phone + SMS code; the code is printed in this log as "[dev SMS]"):',
    ...DEMO_ACCOUNTS.map((a) => `  ${a.phone}  ${a.displayName}  ${a.label}  [${a.roles.join(', ')}]`),
  ]
}
