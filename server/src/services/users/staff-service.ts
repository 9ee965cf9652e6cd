import type { Role } from '@contract/roles'
import type { StaffCreateBody, StaffPatchBody, StaffUser } from '@contract/users'
import type { Database } from '../../db/database'
import { badRequest, forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import type { AuditLog } from '../audit/audit-log'
import type { UsersRepo } from './users-repo'

/** Which organisation type each staff role must belong to. */
const ROLE_ORG_TYPE: Partial<Record<Role, string>> = {
  police: 'police_station',
  mediator: 'mediation_committee',
  committee_admin: 'mediation_committee',
  court_clerk: 'court',
}

/** Roles a committee admin may hand out, inside their own committee only. */
const COMMITTEE_GRANTABLE: Role[] = ['mediator', 'committee_admin']

export interface Actor {
  userId: string | null // null = the CLI, run by an operator on the server
  roles: Role[]
  ip?: string
}

/**
 * Creating and changing staff accounts, shared by the admin API and `npm run user:create`.
 * sys_admin manages everyone; a committee admin manages mediators and admins of their own committee.
 */
export class StaffService {
  constructor(
    private readonly database: Database,
    private readonly users: UsersRepo,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: StaffCreateBody): Promise<StaffUser> {
    const organisationId = await this.scopeOrganisation(actor, input.organisationId ?? null, input.roles)
    await this.checkRolesFitOrganisation(input.roles, organisationId)
    const now = this.clock.now()
    const user = await this.database.transaction(async (tx) => {
      const existing = await this.users.findByPhone(input.phone, tx)
      let userId: string
      if (existing) {
        // A resident who becomes staff keeps their account: roles are added, not replaced.
        if (existing.organisation_id && organisationId && existing.organisation_id !== organisationId) {
          throw badRequest('USER_IN_OTHER_ORGANISATION', '该手机号已属于其他机构的工作人员', [
            { field: 'phone', message: '已属于其他机构' },
          ])
        }
        await this.users.setRoles(tx, existing.id, [...existing.roles, ...input.roles])
        await this.users.update(
          tx,
          existing.id,
          {
            display_name: input.displayName,
            organisation_id: organisationId ?? existing.organisation_id,
            specialities: JSON.stringify(input.specialities ?? []),
          },
          now,
        )
        userId = existing.id
      } else {
        const created = await this.users.create(
          tx,
          {
            phone: input.phone,
            displayName: input.displayName,
            roles: input.roles,
            organisationId,
            specialities: input.specialities,
          },
          now,
        )
        userId = created.id
      }
      await this.audit.append(tx, {
        actorUserId: actor.userId,
        action: 'staff.create',
        entityType: 'user',
        entityId: userId,
        data: { roles: input.roles, organisationId, via: actor.userId ? 'api' : 'cli' },
        ip: actor.ip ?? null,
      })
      return (await this.users.findById(userId, tx))!
    })
    return this.users.toStaff(user)
  }

  async update(actor: Actor, userId: string, patch: StaffPatchBody): Promise<StaffUser> {
    const user = await this.users.findById(userId)
    if (!user) throw notFound('USER_NOT_FOUND', '账号不存在')
    const roles = patch.roles ?? user.roles
    const organisationId = await this.scopeOrganisation(
      actor,
      patch.organisationId === undefined ? user.organisation_id : patch.organisationId,
      roles,
      user.organisation_id,
    )
    await this.checkRolesFitOrganisation(roles, organisationId)
    await this.database.transaction(async (tx) => {
      if (patch.roles) await this.users.setRoles(tx, userId, patch.roles)
      await this.users.update(
        tx,
        userId,
        {
          ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
          ...(patch.specialities !== undefined ? { specialities: JSON.stringify(patch.specialities) } : {}),
          ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
          organisation_id: organisationId,
        },
        this.clock.now(),
      )
      await this.audit.append(tx, {
        actorUserId: actor.userId,
        action: 'staff.update',
        entityType: 'user',
        entityId: userId,
        data: patch as Record<string, unknown>,
        ip: actor.ip ?? null,
      })
    })
    return this.users.toStaff((await this.users.findById(userId))!)
  }

  /** Resolves the organisation the actor may act in; committee admins are pinned to their own committee. */
  private async scopeOrganisation(
    actor: Actor,
    requested: string | null,
    roles: Role[],
    currentOfTarget?: string | null,
  ): Promise<string | null> {
    if (actor.userId === null || actor.roles.includes('sys_admin')) return requested
    if (!actor.roles.includes('committee_admin')) throw forbidden()
    const me = await this.users.findById(actor.userId)
    const own = me?.organisation_id
    if (!own) throw forbidden('NO_ORGANISATION', '您的账号未关联调委会')
    if ((requested && requested !== own) || (currentOfTarget !== undefined && currentOfTarget !== own)) {
      throw forbidden('OUTSIDE_ORGANISATION', '只能管理本调委会的人员')
    }
    if (roles.some((r) => !COMMITTEE_GRANTABLE.includes(r))) {
      throw forbidden('ROLE_NOT_GRANTABLE', '调委会管理员只能设置调解员或管理员身份')
    }
    return own
  }

  /** The organisation must exist whenever one is named, and fit the roles that need one. */
  private async checkRolesFitOrganisation(roles: Role[], organisationId: string | null): Promise<void> {
    const needed = [...new Set(roles.map((r) => ROLE_ORG_TYPE[r]).filter(Boolean))]
    if (needed.length > 0 && !organisationId) {
      throw badRequest('ORGANISATION_REQUIRED', '工作人员必须属于一个机构', [
        { field: 'organisationId', message: '请选择所属机构' },
      ])
    }
    if (!organisationId) return
    const org = await this.database.db
      .selectFrom('organisations')
      .select('type')
      .where('id', '=', organisationId)
      .executeTakeFirst()
    if (!org)
      throw badRequest('ORGANISATION_NOT_FOUND', '所选机构不存在', [{ field: 'organisationId', message: '机构不存在' }])
    if (needed.length === 0) return
    if (needed.length > 1 || needed[0] !== org.type) {
      throw badRequest('ROLE_ORGANISATION_MISMATCH', '身份与所属机构类型不符（如民警须属于派出所）', [
        { field: 'roles', message: '身份与机构类型不符' },
      ])
    }
  }
}
