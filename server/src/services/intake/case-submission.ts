import type { CaseSummary } from '@contract/cases'
import type { Organisation } from '@contract/organisations'
import type { Routing, SubmitBody, SubmitResponse } from '@contract/intake'
import type { Database } from '../../db/database'
import { CATALOGUE } from '../../domain/intake/catalogue'
import { missing } from '../../domain/intake/engine/dialogue'
import { checkLimitations } from '../../domain/intake/limitation'
import type { IntakeState, PartyValue } from '../../domain/intake/engine/types'
import {
  coveringPoliceStation,
  matchRegion,
  rankCommittees,
  type CommitteeOption,
  type RegionNode,
} from '../../domain/intake/routing'
import { badRequest, conflict } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import type { AuditLog } from '../audit/audit-log'
import { nextCaseNumber } from '../cases/case-numbers'
import type { OrganisationsRepo } from '../organisations/organisations-repo'
import type { UsersRepo } from '../users/users-repo'
import { attachEvidence, flagRisk } from './case-records'
import { chinaToday } from './china-today'
import type { IntakeSessionsRepo, StoredSession } from './intake-sessions-repo'
import type { RequestMeta } from './intake-service'

const toOption = ({ organisation: o, reason }: CommitteeOption) => ({
  id: o.id,
  name: o.name,
  level: o.level,
  specialities: [...o.specialities],
  address: o.address,
  phone: o.phone,
  reason,
})

interface Routed {
  region: RegionNode
  lineage: RegionNode[]
  ranked: CommitteeOption[]
  organisations: Organisation[]
}

/** Routes a finished intake to the competent committee and turns it into a case (status 待受理). */
export class CaseSubmission {
  constructor(
    private readonly database: Database,
    private readonly sessions: IntakeSessionsRepo,
    private readonly organisations: OrganisationsRepo,
    private readonly users: UsersRepo,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  private async route(state: IntakeState, regionCode?: string): Promise<Routed> {
    const regions: RegionNode[] = (await this.organisations.regions()).map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
    }))
    let region: RegionNode | null = null
    if (regionCode) {
      region = regions.find((r) => r.code === regionCode) ?? null
      if (!region)
        throw badRequest('INTAKE_REGION_UNKNOWN', '所选地区不存在，请重新选择', [
          { field: 'regionCode', message: '地区不存在' },
        ])
    } else {
      const location = state.slots.location?.value
      region = typeof location === 'string' ? matchRegion(location, regions) : null
      if (!region) region = matchRegion(state.narrative, regions)
      if (!region) {
        throw badRequest('INTAKE_REGION_REQUIRED', '请选择纠纷发生地或您居住的社区，以便安排调解组织', [
          { field: 'regionCode', message: '请选择所在社区或街道' },
        ])
      }
    }
    const codes = await this.organisations.lineage(region.code)
    const lineage = codes.flatMap((c) => regions.filter((r) => r.code === c))
    const organisations = await this.organisations.list()
    const ranked = rankCommittees(state.disputeType, lineage, organisations)
    if (ranked.length === 0) {
      throw badRequest('INTAKE_NO_COMMITTEE', '该地区暂无可受理的调解组织，请选择其他地区或拨打12348咨询', [
        { field: 'regionCode', message: '该地区暂无调解组织' },
      ])
    }
    return { region, lineage, ranked, organisations }
  }

  async routing(stored: StoredSession, regionCode?: string): Promise<Routing> {
    const { region, ranked } = await this.route(stored.state, regionCode)
    const [recommended, ...alternatives] = ranked.map(toOption)
    return {
      regionCode: region.code,
      regionName: region.name,
      recommended,
      alternatives,
      materials: [...CATALOGUE[stored.state.disputeType].materials],
    }
  }

  async submit(stored: StoredSession, meta: RequestMeta, body: SubmitBody): Promise<SubmitResponse> {
    const { row, state } = stored
    if (row.status !== 'open') throw conflict('INTAKE_SESSION_CLOSED', '这次咨询已经提交或结束')
    if (!state.typeConfirmed || state.current !== null) {
      throw badRequest('INTAKE_INCOMPLETE', '还有问题没有回答，请先回答完再提交', [
        { field: 'question', message: `待回答：${state.current ?? '纠纷类型'}` },
      ])
    }
    const { region, lineage, ranked, organisations } = await this.route(state, body.regionCode)
    const chosen = body.committeeId ? ranked.find((r) => r.organisation.id === body.committeeId) : ranked[0]
    if (!chosen) {
      throw badRequest('INTAKE_COMMITTEE_INVALID', '所选调解组织不受理该地区的这类纠纷，请从推荐列表中选择', [
        { field: 'committeeId', message: '不在可选范围内' },
      ])
    }
    const user = await this.users.findById(meta.userId)
    const applicantName = user?.real_name ?? user?.display_name ?? '申请人'
    const respondent = state.slots.respondent?.status === 'filled' ? (state.slots.respondent.value as PartyValue) : null
    const def = CATALOGUE[state.disputeType]
    const title = `${applicantName}与${respondent?.name ?? '对方'}${def.name}纠纷`
    const station = state.risk.level === 'urgent' ? coveringPoliceStation(lineage, organisations) : null
    const now = this.clock.now()
    const stamp = now.toISOString()
    const caseId = newId()
    const evidenceIds = [...new Set(body.evidenceFileIds ?? [])]

    const caseNumber = await this.database.transaction(async (tx) => {
      const number = await nextCaseNumber(tx, Number(stamp.slice(0, 4)))
      await tx
        .insertInto('cases')
        .values({
          id: caseId,
          case_number: number,
          title,
          dispute_type: state.disputeType,
          status: 'pending_acceptance',
          narrative: state.narrative,
          facts: JSON.stringify({
            intakeSessionId: row.id,
            catalogueVersion: state.catalogueVersion,
            typeVersion: state.typeVersion,
            slots: state.slots,
            missing: missing(state),
            risk: state.risk,
            routingReason: chosen.reason,
            limitations: checkLimitations(state.disputeType, state.slots, chinaToday(now)),
            evidenceFileIds: evidenceIds,
          }),
          region_code: region.code,
          committee_id: chosen.organisation.id,
          source: 'self',
          created_by: meta.userId,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute()
      await tx
        .insertInto('case_parties')
        .values([
          {
            id: newId(),
            case_id: caseId,
            role: 'applicant',
            user_id: meta.userId,
            name: applicantName,
            phone: null,
            kind: 'person',
            created_at: stamp,
          },
          ...(respondent
            ? [
                {
                  id: newId(),
                  case_id: caseId,
                  role: 'respondent',
                  user_id: null,
                  name: respondent.name,
                  phone: respondent.phone ?? null,
                  kind: respondent.kind,
                  created_at: stamp,
                },
              ]
            : []),
        ])
        .execute()
      await attachEvidence(tx, evidenceIds, meta.userId, caseId)
      if (state.risk.level === 'urgent') {
        await flagRisk(tx, { caseId, policeStationId: station?.id ?? null, risk: state.risk, stamp })
      }
      await this.sessions.save(tx, row.id, state, now, { status: 'submitted', caseId })
      await this.audit.append(tx, {
        actorUserId: meta.userId,
        action: 'intake.submit',
        entityType: 'case',
        entityId: caseId,
        data: {
          caseNumber: number,
          disputeType: state.disputeType,
          committeeId: chosen.organisation.id,
          risk: state.risk.level,
          policeStationId: station?.id ?? null,
        },
        ip: meta.ip,
      })
      return number
    })

    const summary: CaseSummary = {
      id: caseId,
      caseNumber,
      title,
      disputeType: state.disputeType,
      status: 'pending_acceptance',
      myRole: 'applicant',
      committee: { id: chosen.organisation.id, name: chosen.organisation.name },
      createdAt: stamp,
      updatedAt: stamp,
    }
    return {
      case: summary,
      committee: toOption(chosen),
      riskFlag: station
        ? {
            policeStationId: station.id,
            policeStationName: station.name,
            phone: station.phone,
            level: state.risk.level,
          }
        : null,
    }
  }
}
