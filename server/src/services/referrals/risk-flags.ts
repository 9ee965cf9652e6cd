import type { RiskFlag, RiskFlagList, RiskFlagListQuery } from '@contract/referrals'
import type { Database } from '../../db/database'
import { CATALOGUE, isDisputeTypeCode } from '../../domain/intake/catalogue'
import { forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { parseJson } from '../../lib/json'
import type { AuditLog } from '../audit/audit-log'
import type { RequestMeta } from '../invitations/invitation-service'

interface StoredReason {
  code?: string
  message?: string
}

/**
 * Urgent risks found at intake, for the police station covering the area (PML 25). An officer sees only their own
 * station's flags and only what is needed to act: the level and reasons, the area and the applicant's contact.
 */
export class RiskFlagService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  private async stationOf(userId: string): Promise<string> {
    const row = await this.database.db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['organisations.id', 'organisations.type', 'organisations.active'])
      .where('users.id', '=', userId)
      .executeTakeFirst()
    if (!row || row.type !== 'police_station' || row.active !== 1) {
      throw forbidden('POLICE_STATION_REQUIRED', '您的账号未关联有效的派出所，请联系管理员')
    }
    return row.id
  }

  private base(stationId: string) {
    return this.database.db
      .selectFrom('case_risk_flags')
      .innerJoin('cases', 'cases.id', 'case_risk_flags.case_id')
      .where('case_risk_flags.police_station_id', '=', stationId)
  }

  async list(query: RiskFlagListQuery, meta: RequestMeta): Promise<RiskFlagList> {
    const stationId = await this.stationOf(meta.auth.userId)
    const status = query.status ?? 'open'
    let q = this.base(stationId)
    if (status === 'open') q = q.where('case_risk_flags.acknowledged_at', 'is', null)
    if (status === 'acknowledged') q = q.where('case_risk_flags.acknowledged_at', 'is not', null)
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
    const rows = await q
      .select(['case_risk_flags.id'])
      .orderBy('case_risk_flags.created_at', 'desc')
      .orderBy('case_risk_flags.id', 'asc')
      .limit(query.limit ?? 20)
      .offset(query.offset ?? 0)
      .execute()
    const items = await this.load(
      stationId,
      rows.map((r) => r.id),
    )
    return { items, total: Number(total) }
  }

  private async load(stationId: string, ids: string[]): Promise<RiskFlag[]> {
    if (ids.length === 0) return []
    const rows = await this.base(stationId)
      .leftJoin('regions', 'regions.code', 'cases.region_code')
      .leftJoin('case_parties', (join) =>
        join.onRef('case_parties.case_id', '=', 'cases.id').on('case_parties.role', '=', 'applicant'),
      )
      .leftJoin('users', 'users.id', 'case_parties.user_id')
      .select([
        'case_risk_flags.id',
        'case_risk_flags.case_id',
        'case_risk_flags.level',
        'case_risk_flags.reasons',
        'case_risk_flags.created_at',
        'case_risk_flags.acknowledged_at',
        'cases.case_number',
        'cases.dispute_type',
        'cases.region_code',
        'regions.name as region_name',
        'case_parties.name as applicant_name',
        'case_parties.phone as party_phone',
        'users.phone as account_phone',
      ])
      .where('case_risk_flags.id', 'in', ids)
      .execute()
    const byId = new Map(rows.map((r) => [r.id, r]))
    return ids.flatMap((id) => {
      const r = byId.get(id)
      if (!r) return []
      const reasons = parseJson<StoredReason[]>(r.reasons, [])
      return [
        {
          id: r.id,
          caseId: r.case_id,
          caseNumber: r.case_number,
          disputeType: r.dispute_type,
          disputeTypeName: isDisputeTypeCode(r.dispute_type) ? CATALOGUE[r.dispute_type].name : r.dispute_type,
          level: r.level,
          // Only the code and explanation: the resident's own words stay in the case file.
          reasons: reasons.map((x) => ({ code: x.code ?? 'UNKNOWN', message: x.message ?? '' })),
          area: { regionCode: r.region_code, regionName: r.region_name ?? '' },
          contact: { name: r.applicant_name ?? '申请人', phone: r.party_phone ?? r.account_phone ?? null },
          createdAt: r.created_at,
          acknowledgedAt: r.acknowledged_at,
        },
      ]
    })
  }

  /** The officer has taken the flag in hand; acknowledging twice changes nothing. */
  async acknowledge(flagId: string, meta: RequestMeta): Promise<RiskFlag> {
    const stationId = await this.stationOf(meta.auth.userId)
    const flag = await this.base(stationId)
      .select(['case_risk_flags.id', 'case_risk_flags.case_id', 'case_risk_flags.acknowledged_at'])
      .where('case_risk_flags.id', '=', flagId)
      .executeTakeFirst()
    if (!flag) throw notFound('RISK_FLAG_NOT_FOUND', '该风险提示不存在或不属于本派出所')
    if (!flag.acknowledged_at) {
      const stamp = this.clock.now().toISOString()
      await this.database.transaction(async (tx) => {
        const updated = await tx
          .updateTable('case_risk_flags')
          .set({ acknowledged_at: stamp, acknowledged_by: meta.auth.userId })
          .where('id', '=', flagId)
          .where('acknowledged_at', 'is', null)
          .executeTakeFirst()
        if (Number(updated.numUpdatedRows) !== 1) return
        await this.audit.append(tx, {
          actorUserId: meta.auth.userId,
          action: 'risk_flag.acknowledge',
          entityType: 'case',
          entityId: flag.case_id,
          data: { flagId, stationId },
          ip: meta.ip,
        })
      })
    }
    return (await this.load(stationId, [flagId]))[0]
  }
}
