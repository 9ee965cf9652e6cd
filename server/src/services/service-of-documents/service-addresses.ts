import type { ServiceAddress, ServiceAddressBody } from '@contract/service'
import type { Database } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { parseJson } from '../../lib/json'
import type { AuthContext } from '../../plugins/app/auth'
import type { AuditLog } from '../audit/audit-log'
import { caseRelation } from '../cases/case-access'

const CASE_NOT_FOUND = () => notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')

/** The party's confirmed address for service (送达地址确认书; OMR 8, 17; OLR 29–30). */
export class ServiceAddresses {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** 送达地址确认书: the party accepts the in-app inbox plus this phone as the address for service. */
  async confirmAddress(
    auth: AuthContext,
    caseId: string,
    body: ServiceAddressBody,
    ip: string | null,
  ): Promise<ServiceAddress[]> {
    const mine = await this.myParties(auth, caseId)
    const now = this.clock.now().toISOString()
    const channels = JSON.stringify(['in_app', 'sms'])
    await this.database.transaction(async (tx) => {
      for (const party of mine) {
        await tx
          .insertInto('service_addresses')
          .values({
            case_id: caseId,
            party_id: party.id,
            user_id: auth.userId,
            channels,
            phone: body.phone,
            confirmed_at: now,
          })
          .onConflict((oc) => oc.columns(['case_id', 'party_id']).doUpdateSet({ phone: body.phone, confirmed_at: now }))
          .execute()
      }
      await this.audit.append(tx, {
        actorUserId: auth.userId,
        action: 'service.address_confirm',
        entityType: 'case',
        entityId: caseId,
        data: { partyIds: mine.map((p) => p.id), channels: ['in_app', 'sms'] },
        ip,
      })
    })
    return this.addresses(auth, caseId)
  }

  async addresses(auth: AuthContext, caseId: string): Promise<ServiceAddress[]> {
    const mine = await this.myParties(auth, caseId)
    const rows = await this.database.db
      .selectFrom('service_addresses')
      .selectAll()
      .where('case_id', '=', caseId)
      .where(
        'party_id',
        'in',
        mine.map((p) => p.id),
      )
      .execute()
    return rows.map((r) => ({
      caseId: r.case_id,
      partyId: r.party_id,
      channels: parseJson<string[]>(r.channels, []),
      phone: r.phone,
      confirmedAt: r.confirmed_at,
    }))
  }

  private async myParties(auth: AuthContext, caseId: string) {
    if (!(await caseRelation(this.database, auth, caseId))) throw CASE_NOT_FOUND()
    const mine = await this.database.db
      .selectFrom('case_parties')
      .select('id')
      .where('case_id', '=', caseId)
      .where('user_id', '=', auth.userId)
      .execute()
    if (!mine.length) throw forbidden('SERVICE_NOT_PARTY', '只有本案当事人可以确认送达地址')
    return mine
  }
}
