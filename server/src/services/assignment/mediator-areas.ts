import { badRequest, forbidden, notFound } from '../../lib/app-error'
import type { RequestMeta } from '../invitations/invitation-service'
import { organisationOf } from './case-people'
import { committeeMediators } from './mediator-ranking'
import type { WorkflowDeps } from './workflow-tx'

/** Sets the regions a mediator serves (used by auto-assignment); only their own committee's admin may. */
export async function setMediatorAreas(
  deps: WorkflowDeps,
  mediatorUserId: string,
  regionCodes: string[],
  meta: RequestMeta,
): Promise<string[]> {
  const db = deps.database.db
  if (!meta.auth.roles.includes('committee_admin'))
    throw forbidden('COMMITTEE_ADMIN_ONLY', '只有调解委员会管理员可以设置')
  const committeeId = await organisationOf(db, meta.auth.userId)
  const member = committeeId && (await committeeMediators(db, committeeId)).some((m) => m.userId === mediatorUserId)
  if (!member) throw notFound('MEDIATOR_NOT_FOUND', '本调解委员会没有该调解员')
  const codes = [...new Set(regionCodes.map((c) => c.trim()))]
  if (codes.length) {
    const known = await db.selectFrom('regions').select('code').where('code', 'in', codes).execute()
    const unknown = codes.filter((c) => !known.some((k) => k.code === c))
    if (unknown.length) {
      throw badRequest('REGION_UNKNOWN', `地区编码不存在：${unknown.join('、')}`, [
        { field: 'regionCodes', message: '包含不存在的地区' },
      ])
    }
  }
  await deps.database.transaction(async (tx) => {
    await tx.deleteFrom('mediator_areas').where('user_id', '=', mediatorUserId).execute()
    if (codes.length) {
      await tx
        .insertInto('mediator_areas')
        .values(codes.map((region_code) => ({ user_id: mediatorUserId, region_code })))
        .execute()
    }
    await deps.audit.append(tx, {
      actorUserId: meta.auth.userId,
      action: 'mediator.set_areas',
      entityType: 'user',
      entityId: mediatorUserId,
      data: { regionCodes: codes },
      ip: meta.ip,
    })
  })
  return codes
}
