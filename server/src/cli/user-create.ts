import { parseArgs } from 'node:util'
import { Value } from '@sinclair/typebox/value'
import { StaffCreateBodySchema, type StaffCreateBody } from '@contract/users'
import { ROLES, type Role } from '@contract/roles'
import { loadConfig } from '../config'
import { openDatabase } from '../db/database'
import { systemClock } from '../lib/clock'
import { AuditLog } from '../services/audit/audit-log'
import { StaffService } from '../services/users/staff-service'
import { UsersRepo } from '../services/users/users-repo'

const USAGE = `Usage: npm run user:create -- --phone 13900000000 --name 张三 --roles mediator[,committee_admin] [--org <organisation id or exact name>] [--specialities labour,medical]
Roles: ${ROLES.join(', ')}`

/** npm run user:create — creates (or adds roles to) a staff account, through the same rules as the admin API. */
async function main() {
  const { values } = parseArgs({
    options: {
      phone: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      org: { type: 'string' },
      specialities: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help || !values.phone || !values.name || !values.roles) {
    console.log(USAGE)
    process.exit(values.help ? 0 : 2)
  }
  const config = loadConfig()
  const database = openDatabase(config)
  try {
    await database.migrate()
    let organisationId: string | undefined
    if (values.org) {
      const org = await database.db
        .selectFrom('organisations')
        .select('id')
        .where((eb) => eb.or([eb('id', '=', values.org!), eb('name', '=', values.org!)]))
        .executeTakeFirst()
      if (!org) throw new Error(`Organisation not found: ${values.org}`)
      organisationId = org.id
    }
    const input: StaffCreateBody = {
      phone: values.phone,
      displayName: values.name,
      roles: values.roles.split(',').map((r) => r.trim()) as Role[],
      ...(organisationId ? { organisationId } : {}),
      ...(values.specialities ? { specialities: values.specialities.split(',').map((s) => s.trim()) as never } : {}),
    }
    const problems = [...Value.Errors(StaffCreateBodySchema, input)]
    if (problems.length) throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    const users = new UsersRepo(database)
    const staff = new StaffService(database, users, new AuditLog(database, systemClock), systemClock)
    const created = await staff.create({ userId: null, roles: ['sys_admin'] }, input)
    console.log(
      `Created ${created.displayName} (${created.phoneMasked}) roles=${created.roles.join(',')} id=${created.id}`,
    )
  } finally {
    await database.close()
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
