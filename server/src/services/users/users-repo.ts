import type { Me } from '@contract/auth'
import type { Role } from '@contract/roles'
import type { StaffUser } from '@contract/users'
import type { Database, DbTx } from '../../db/database'
import type { UsersTable } from '../../db/schema'
import { parseJson } from '../../lib/json'
import { maskPhone } from '../../lib/mask'
import { newId } from '../../lib/ids'

type Executor = Database['db'] | DbTx

export interface UserRecord extends UsersTable {
  roles: Role[]
}

interface NewUser {
  phone: string
  displayName?: string
  roles?: Role[]
  organisationId?: string | null
  specialities?: string[]
  wxOpenid?: string | null
}

/** Reads and writes accounts and their roles. Knows nothing of HTTP. */
export class UsersRepo {
  constructor(private readonly database: Database) {}

  async findById(id: string, ex: Executor = this.database.db): Promise<UserRecord | undefined> {
    const user = await ex.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
    return user && this.withRoles(user, ex)
  }

  async findByPhone(phone: string, ex: Executor = this.database.db): Promise<UserRecord | undefined> {
    const user = await ex.selectFrom('users').selectAll().where('phone', '=', phone).executeTakeFirst()
    return user && this.withRoles(user, ex)
  }

  async findByOpenid(openid: string, ex: Executor = this.database.db): Promise<UserRecord | undefined> {
    const user = await ex.selectFrom('users').selectAll().where('wx_openid', '=', openid).executeTakeFirst()
    return user && this.withRoles(user, ex)
  }

  async create(tx: DbTx, input: NewUser, now: Date): Promise<UserRecord> {
    const id = newId()
    const stamp = now.toISOString()
    const roles = input.roles?.length ? input.roles : (['resident'] as Role[])
    await tx
      .insertInto('users')
      .values({
        id,
        phone: input.phone,
        phone_masked: maskPhone(input.phone),
        display_name: input.displayName ?? `用户${input.phone.slice(-4)}`,
        wx_openid: input.wxOpenid ?? null,
        real_name: null,
        id_number_enc: null,
        id_number_hash: null,
        id_number_masked: null,
        real_name_verified_at: null,
        organisation_id: input.organisationId ?? null,
        specialities: JSON.stringify(input.specialities ?? []),
        settings: JSON.stringify({ careMode: null, activeRole: null }),
        active: 1,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute()
    await this.setRoles(tx, id, roles)
    return (await this.findById(id, tx))!
  }

  async setRoles(tx: DbTx, userId: string, roles: Role[]): Promise<void> {
    await tx.deleteFrom('user_roles').where('user_id', '=', userId).execute()
    await tx
      .insertInto('user_roles')
      .values([...new Set(roles)].map((role) => ({ user_id: userId, role })))
      .execute()
  }

  async update(ex: Executor, id: string, patch: Partial<UsersTable>, now: Date): Promise<void> {
    await ex
      .updateTable('users')
      .set({ ...patch, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
  }

  async listStaff(organisationId?: string): Promise<UserRecord[]> {
    let query = this.database.db
      .selectFrom('users')
      .selectAll()
      .where('id', 'in', (qb) => qb.selectFrom('user_roles').select('user_id').where('role', '!=', 'resident'))
      .orderBy('created_at', 'asc')
    if (organisationId) query = query.where('organisation_id', '=', organisationId)
    const users = await query.execute()
    return Promise.all(users.map((u) => this.withRoles(u, this.database.db)))
  }

  async toMe(user: UserRecord): Promise<Me> {
    const org = user.organisation_id
      ? await this.database.db
          .selectFrom('organisations')
          .select(['id', 'name', 'type'])
          .where('id', '=', user.organisation_id)
          .executeTakeFirst()
      : undefined
    const settings = parseJson<Partial<Me['settings']>>(user.settings, {})
    return {
      id: user.id,
      phoneMasked: user.phone_masked,
      displayName: user.display_name,
      roles: user.roles,
      organisation: org ? { id: org.id, name: org.name, type: org.type as never } : null,
      realName: {
        verified: Boolean(user.real_name_verified_at),
        name: user.real_name,
        idNumberMasked: user.id_number_masked,
      },
      settings: {
        careMode: settings.careMode ?? null,
        activeRole: settings.activeRole && user.roles.includes(settings.activeRole) ? settings.activeRole : null,
      },
    }
  }

  toStaff(user: UserRecord): StaffUser {
    return {
      id: user.id,
      phoneMasked: user.phone_masked,
      displayName: user.display_name,
      roles: user.roles,
      organisationId: user.organisation_id,
      specialities: parseJson(user.specialities, []),
      active: user.active === 1,
      createdAt: user.created_at,
    }
  }

  private async withRoles(user: UsersTable, ex: Executor): Promise<UserRecord> {
    const rows = await ex.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()
    const order = ['resident', 'police', 'mediator', 'committee_admin', 'court_clerk', 'sys_admin']
    const roles = rows.map((r) => r.role as Role).sort((a, b) => order.indexOf(a) - order.indexOf(b))
    return { ...user, roles }
  }
}
