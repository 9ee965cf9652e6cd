import type { CaseStatus } from '@contract/cases'
import type {
  CaseOutcome,
  CommitteeSuggestionList,
  CreateReferralBody,
  ReferralCreated,
  ReferralList,
  ReferralSummary,
  ShareLink,
} from '@contract/referrals'
import type { Database } from '../../db/database'
import { CATALOGUE } from '../../domain/intake/catalogue'
import { badRequest, conflict, forbidden } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import type { AuditLog } from '../audit/audit-log'
import { ensureProgress } from '../assignment/case-people'
import type { WorkflowSettings } from '../assignment/workflow-settings'
import { nextCaseNumber } from '../cases/case-numbers'
import type { InvitationService, RequestMeta } from '../invitations/invitation-service'
import { issueLink } from '../invitations/invitation-tokens'
import type { OrganisationsRepo } from '../organisations/organisations-repo'
import { isUniqueViolation } from '../signing/retry-on-race'
import { competentCommittees, toSuggestionList } from './committee-routing'
import { cleanName, normaliseIncidentNumber, normalisePhone } from './referral-input'

const duplicateIncident = () => conflict('INCIDENT_NUMBER_DUPLICATE', '本派出所已用该警情号移交过纠纷，请勿重复移交')

/** 警调对接: an officer hands a dispute to a people's mediation committee (PML 18). */
export class ReferralService {
  constructor(
    private readonly database: Database,
    private readonly organisations: OrganisationsRepo,
    private readonly invitations: InvitationService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly settings: WorkflowSettings,
  ) {}

  async suggest(disputeType: CreateReferralBody['disputeType'], regionCode: string): Promise<CommitteeSuggestionList> {
    return toSuggestionList(await competentCommittees(this.organisations, disputeType, regionCode))
  }

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

  async create(body: CreateReferralBody, meta: RequestMeta): Promise<ReferralCreated> {
    const officerId = meta.auth.userId
    const stationId = await this.stationOf(officerId)
    const incidentNumber = normaliseIncidentNumber(body.incidentNumber)
    const facts = body.facts.trim()
    if (!facts) throw badRequest('FACTS_REQUIRED', '请简要填写纠纷经过', [{ field: 'facts', message: '不能为空' }])
    const parties = (['applicant', 'respondent'] as const).map((role) => ({
      role,
      name: cleanName(body[role].name, `${role}.name`),
      phone: normalisePhone(body[role].phone, `${role}.phone`),
      kind: body[role].kind ?? 'person',
    }))
    if (parties[0].phone === parties[1].phone) {
      throw badRequest('PARTY_PHONES_SAME', '双方当事人的手机号相同，请核对', [
        { field: 'respondent.phone', message: '与申请人手机号相同' },
      ])
    }
    const ranked = await competentCommittees(this.organisations, body.disputeType, body.regionCode)
    let committee = body.committeeId ? ranked.find((r) => r.organisation.id === body.committeeId) : ranked[0]
    if (!committee && body.committeeId) {
      // The officer may pick a committee the routing did not rank (e.g. one they work with); it must exist.
      const chosen = await this.organisations.get(body.committeeId)
      if (!chosen || chosen.type !== 'mediation_committee' || !chosen.active) {
        throw badRequest('COMMITTEE_INVALID', '所选调解委员会不存在或已停用', [
          { field: 'committeeId', message: '调解委员会无效' },
        ])
      }
      committee = { organisation: chosen, reason: '由民警指定的调解委员会' }
    }
    const target = committee!
    const existing = await this.database.db
      .selectFrom('referrals')
      .select('case_id')
      .where('station_id', '=', stationId)
      .where('incident_number', '=', incidentNumber)
      .executeTakeFirst()
    if (existing) throw duplicateIncident()

    const now = this.clock.now()
    const stamp = now.toISOString()
    const caseId = newId()
    const typeName = CATALOGUE[body.disputeType].name
    const title = `${parties[0].name}与${parties[1].name}${typeName}纠纷`
    let created: { caseNumber: string; links: ShareLink[] }
    try {
      created = await this.database.transaction(async (tx) => {
        const caseNumber = await nextCaseNumber(tx, Number(stamp.slice(0, 4)))
        await tx
          .insertInto('cases')
          .values({
            id: caseId,
            case_number: caseNumber,
            title,
            dispute_type: body.disputeType,
            status: 'pending_acceptance',
            narrative: facts,
            facts: JSON.stringify({ referral: { incidentNumber, stationId }, routingReason: target.reason }),
            region_code: body.regionCode,
            committee_id: target.organisation.id,
            source: 'police',
            created_by: officerId,
            created_at: stamp,
            updated_at: stamp,
          })
          .execute()
        const partyIds = parties.map(() => newId())
        await tx
          .insertInto('case_parties')
          .values(
            parties.map((p, i) => ({
              id: partyIds[i],
              case_id: caseId,
              role: p.role,
              user_id: null,
              name: p.name,
              phone: p.phone,
              kind: p.kind,
              created_at: stamp,
            })),
          )
          .execute()
        await tx
          .insertInto('case_staff')
          .values({ case_id: caseId, user_id: officerId, role: 'police', created_at: stamp })
          .execute()
        await tx
          .insertInto('referrals')
          .values({
            case_id: caseId,
            officer_user_id: officerId,
            station_id: stationId,
            incident_number: incidentNumber,
            facts,
            created_at: stamp,
          })
          .execute()
        // The officer's account is the first entry on the fact sheet; both parties mark it.
        await tx
          .insertInto('fact_sheet_items')
          .values({
            id: newId(),
            case_id: caseId,
            fact_key: 'police_account',
            statement: facts,
            stated_by_role: 'police',
            stated_by_user: officerId,
            created_at: stamp,
            updated_at: stamp,
          })
          .execute()
        await ensureProgress(tx, caseId, now)
        const links: ShareLink[] = []
        for (const [i, p] of parties.entries()) {
          const issued = await issueLink(tx, { caseId, partyId: partyIds[i], invitedBy: officerId, now }, this.settings)
          links.push({
            partyRole: p.role,
            partyName: p.name,
            token: issued.token,
            link: issued.link,
            expiresAt: issued.expiresAt,
          })
        }
        await this.audit.append(tx, {
          actorUserId: officerId,
          action: 'referral.create',
          entityType: 'case',
          entityId: caseId,
          data: {
            caseNumber,
            incidentNumber,
            stationId,
            committeeId: target.organisation.id,
            disputeType: body.disputeType,
          },
          ip: meta.ip,
        })
        return { caseNumber, links }
      })
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateIncident()
      throw err
    }
    for (const [i, link] of created.links.entries()) {
      await this.invitations.sendInvitationSms(parties[i].phone, link.link, link.expiresAt)
    }
    return {
      referral: {
        caseId,
        caseNumber: created.caseNumber,
        incidentNumber,
        disputeType: body.disputeType,
        status: 'pending_acceptance',
        outcome: null,
        committee: { id: target.organisation.id, name: target.organisation.name },
        parties: parties.map((p) => ({ role: p.role, name: p.name, claimed: false })),
        createdAt: stamp,
      },
      links: created.links,
      committeeReason: target.reason,
    }
  }

  /** The officer's own referrals, newest first, with the case's status and outcome. */
  async list(officerId: string, limit: number, offset: number): Promise<ReferralList> {
    const db = this.database.db
    const { total } = await db
      .selectFrom('referrals')
      .where('officer_user_id', '=', officerId)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow()
    const rows = await db
      .selectFrom('referrals')
      .innerJoin('cases', 'cases.id', 'referrals.case_id')
      .leftJoin('organisations', 'organisations.id', 'cases.committee_id')
      .leftJoin('case_progress', 'case_progress.case_id', 'referrals.case_id')
      .select([
        'referrals.case_id',
        'referrals.incident_number',
        'referrals.created_at',
        'cases.case_number',
        'cases.dispute_type',
        'cases.status',
        'cases.committee_id',
        'organisations.name as committee_name',
        'case_progress.outcome',
      ])
      .where('referrals.officer_user_id', '=', officerId)
      .orderBy('referrals.created_at', 'desc')
      .orderBy('referrals.case_id', 'asc')
      .limit(limit)
      .offset(offset)
      .execute()
    const ids = rows.map((r) => r.case_id)
    const parties = ids.length
      ? await db
          .selectFrom('case_parties')
          .select(['case_id', 'role', 'name', 'user_id'])
          .where('case_id', 'in', ids)
          .orderBy('role', 'asc')
          .execute()
      : []
    const items: ReferralSummary[] = rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.case_number,
      incidentNumber: r.incident_number,
      disputeType: r.dispute_type,
      status: r.status as CaseStatus,
      outcome: (r.outcome as CaseOutcome | null) ?? null,
      committee: r.committee_id && r.committee_name ? { id: r.committee_id, name: r.committee_name } : null,
      parties: parties
        .filter((p) => p.case_id === r.case_id)
        .map((p) => ({ role: p.role as 'applicant' | 'respondent', name: p.name, claimed: p.user_id !== null })),
      createdAt: r.created_at,
    }))
    return { items, total: Number(total) }
  }
}
